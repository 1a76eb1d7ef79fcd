package io.safesegment.core.privacy.mask;

import tech.tablesaw.columns.Column;

/**
 * One way of transforming a column. Operators are immutable, validated at construction, null-safe (missing values
 * stay missing) and code-point safe (an emoji or a CJK character counts as one character).
 */
public interface MaskingOperator {

    /** The stable operator id used in policy JSON, e.g. {@code char-mask}. */
    String id();

    /** What the operator does, in GDPR terms. */
    TransformKind kind();

    /**
     * Whether the operator promises never to output a non-missing input value unchanged. The leak scan and the
     * property tests rely on this promise.
     */
    boolean neverReturnsInput();

    /**
     * Transforms {@code column} of {@code context.table()}.
     *
     * @return the new column with the same name, or {@code null} when the column is removed
     * @throws MaskingException when the column's type does not fit the operator (message names the column)
     */
    Column<?> apply(Column<?> column, MaskingContext context);
}
