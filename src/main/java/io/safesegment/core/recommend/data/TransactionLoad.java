package io.safesegment.core.recommend.data;

import java.util.Objects;

/**
 * A loaded transactions file: its interactions and the lines that did not become interactions as they are.
 *
 * @param matrix  the implicit-feedback matrix
 * @param skipped lines without customer, skipped or netted returns
 */
public record TransactionLoad(InteractionMatrix matrix, SkippedRows skipped) {
    /** Requires both parts. */
    public TransactionLoad {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(skipped, "skipped");
    }
}
