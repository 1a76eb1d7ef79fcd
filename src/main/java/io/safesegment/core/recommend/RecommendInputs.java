package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.SegmentMap;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.Map;

/**
 * The files a recommendation run reads: either transactions (with optional products) or explicit ratings, plus an
 * optional customer → segment map.
 *
 * @param transactions  transactions CSV, or null
 * @param products      products CSV, or null
 * @param ratings       ratings file, or null (exactly one of transactions and ratings)
 * @param transactionOptions how purchases become feedback
 * @param segments      CSV with customer_id and a segment column, or null
 * @param segmentColumn the segment column name, or null for the first column after customer_id
 */
public record RecommendInputs(Path transactions, Path products, Path ratings, TransactionOptions transactionOptions,
        Path segments, String segmentColumn) {
    public RecommendInputs {
        if ((transactions == null) == (ratings == null)) {
            throw new IllegalArgumentException("Give either a transactions file or a ratings file (exactly one).");
        }
        if (transactionOptions == null) {
            transactionOptions = TransactionOptions.defaults();
        }
    }

    /** Loaded inputs. */
    public record Loaded(InteractionMatrix matrix, ProductCatalog catalogue, Map<String, String> segments) {
    }

    /** Reads the files. */
    public Loaded load(Progress progress) {
        ProductCatalog catalogue = products == null ? ProductCatalog.empty() : ProductCatalog.load(products);
        InteractionMatrix matrix = transactions != null
                ? TransactionLoader.load(transactions, transactionOptions, catalogue.products().keySet(),
                        progress.slice(0, 0.95))
                : RatingsLoader.load(ratings, progress.slice(0, 0.95));
        Map<String, String> seg = segments == null ? Map.of() : SegmentMap.load(segments, segmentColumn).segments();
        progress.update(1, "Inputs loaded");
        return new Loaded(matrix, catalogue, seg);
    }
}
