package io.safesegment.cli;

import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.MissingValues;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The input and feature options shared by {@code segment} and {@code segment k-range}. */
final class FeatureArgs {

    // Not required for picocli: the parent "segment" command would then demand it before "k-range" too.
    @Mixin
    RoleMapMixin roleMap = new RoleMapMixin();

    @Option(names = "--in", paramLabel = "FILE", description = "Customers CSV (one row per customer); required.")
    Path customers;

    @Option(names = "--transactions", paramLabel = "FILE", description = "Transactions CSV for purchase aggregates.")
    Path transactions;

    @Option(names = "--products", paramLabel = "FILE", description = "Products CSV (for category_shares).")
    Path products;

    @Option(names = "--features", split = ",", paramLabel = "A,B,C",
            description = "Feature columns (default: order_count,avg_spend,recency_days,tenure_days).")
    List<String> features = FeatureOptions.DEFAULT_COLUMNS;

    @Option(names = "--scaling", paramLabel = "S",
            description = "zscore, minmax, robust or none (default: ${DEFAULT-VALUE}).")
    Scaling scaling = Scaling.ZSCORE;

    @Option(names = "--missing", paramLabel = "M",
            description = "mean_impute or drop_rows (default: ${DEFAULT-VALUE}).")
    MissingValues missing = MissingValues.MEAN_IMPUTE;

    @Option(names = "--no-log", description = "Do not log-transform counts and amounts.")
    boolean noLog;

    @Option(names = "--reference-date", paramLabel = "yyyy-MM-dd",
            description = "\"Today\" for recency, tenure and age (default: latest transaction date).")
    LocalDate referenceDate;

    /** The service input these options describe. */
    SegmentationService.FeatureInput toInput() {
        FeatureOptions options = FeatureOptions.of(features).withScaling(scaling).withMissing(missing)
                .withReferenceDate(referenceDate);
        if (noLog) {
            options = options.withLogColumns(java.util.Set.of());
        }
        return new SegmentationService.FeatureInput(customers, transactions, products, roleMap.roles(), options);
    }

    FeatureMatrix build(Progress progress) {
        return SegmentationService.features(toInput(), progress);
    }
}
