package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.data.TransactionOptions;
import java.nio.file.Path;

/**
 * The resolved input files of one build, taken from {@link RecommendSource} on the JavaFX thread.
 *
 * @param kind          transactions or ratings
 * @param transactions  transactions file, or null
 * @param ratings       ratings file, or null
 * @param products      products file, or null
 * @param options       how purchases become feedback
 * @param segmentSource where segments come from
 * @param segments      segments file for {@link SegmentSource#DATASET}, else null
 * @param segmentColumn segment column of that file, or null for the first after customer_id
 * @param description   short text for the run list
 */
public record SourceChoice(InputKind kind, Path transactions, Path ratings, Path products, TransactionOptions options,
        SegmentSource segmentSource, Path segments, String segmentColumn, String description) {

    /** The core's input record. */
    RecommendInputs inputs() {
        return new RecommendInputs(transactions, products, ratings, options, segments, segmentColumn);
    }
}
