package io.safesegment.cli;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Input options shared by {@code recommend} and {@code recommend evaluate}. */
final class RecommendInputMixin {
    @Mixin
    RoleMapMixin roleMap = new RoleMapMixin();

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Transactions CSV (customer id, product id, optional timestamp and amount; see --map).")
    Path transactions;

    @Option(names = "--products", paramLabel = "FILE",
            description = "Products CSV (product_id, name, category, description) for content models and names.")
    Path products;

    @Option(names = "--ratings", paramLabel = "FILE",
            description = "Explicit ratings: user, item, rating[, timestamp]; delimiter ',', tab or '::'.")
    Path ratings;

    @Option(names = "--weighting", paramLabel = "KIND",
            description = "Implicit feedback from transactions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Weighting weighting = Weighting.COUNT;

    @Option(names = "--half-life", paramLabel = "DAYS",
            description = "Half-life of --weighting RECENCY in days (default: ${DEFAULT-VALUE}).")
    double halfLifeDays = 180;

    @Option(names = "--max-customers", paramLabel = "N",
            description = "Read only the first N customers of the transactions file (0 = all; default: ${DEFAULT-VALUE}).")
    int maxCustomers;

    @Option(names = "--segments", paramLabel = "FILE",
            description = "CSV with a customer id and a segment column (per-segment results, segment popularity).")
    Path segments;

    @Option(names = "--segment-column", paramLabel = "NAME",
            description = "Segment column in --segments (default: the segment role, else the first other column).")
    String segmentColumn;

    RecommendInputs toInputs() {
        return new RecommendInputs(transactions, products, ratings,
                new TransactionOptions(weighting, halfLifeDays, maxCustomers), segments, segmentColumn,
                roleMap.roles());
    }
}
