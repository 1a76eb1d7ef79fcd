package io.safesegment.core.privacy.policy;

import io.safesegment.core.privacy.mask.TransformKind;

/**
 * What happened to one input column.
 *
 * @param column   the column name
 * @param operator the operator id applied ({@code keep} when no rule applied)
 * @param kind     the GDPR label of the transformation
 */
public record ColumnOutcome(String column, String operator, TransformKind kind) {
}
