package io.safesegment.ui.recommend;

import io.safesegment.core.data.RoleMapping;
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
 * @param roles         the roles saved with the transactions (or ratings) dataset in the Data section's mapping
 *                      panel; roles it leaves out are suggested from each file's header
 */
public record SourceChoice(InputKind kind, Path transactions, Path ratings, Path products, TransactionOptions options,
        SegmentSource segmentSource, Path segments, String segmentColumn, String description, RoleMapping roles) {
    /** Defaults the roles to none saved. */
    public SourceChoice {
        roles = roles == null ? RoleMapping.empty() : roles;
    }

    /** A choice without saved roles (all suggested). */
    public SourceChoice(InputKind kind, Path transactions, Path ratings, Path products, TransactionOptions options,
                        SegmentSource segmentSource, Path segments, String segmentColumn, String description) {
        this(kind, transactions, ratings, products, options, segmentSource, segments, segmentColumn, description,
                RoleMapping.empty());
    }

    /** The core's input record. */
    RecommendInputs inputs() {
        return new RecommendInputs(transactions, products, ratings, options, segments, segmentColumn, roles);
    }
}
