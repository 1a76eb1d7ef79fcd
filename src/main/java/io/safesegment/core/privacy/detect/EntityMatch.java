package io.safesegment.core.privacy.detect;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * One entity found in a column.
 *
 * @param entity     the kind of personal data
 * @param confidence 0..1, combining the column name and the share of sampled values that match
 * @param valueShare share of the sampled non-empty values the recogniser accepted (0 when only the name hinted)
 * @param fromHeader whether the column name pointed at this entity
 */
public record EntityMatch(EntityType entity, double confidence, double valueShare, boolean fromHeader) {
    /** Validates the ranges. */
    public EntityMatch {
        if (confidence < 0 || confidence > 1 || valueShare < 0 || valueShare > 1) {
            throw new LocalizedArgumentException(Message.of("detect.entityMatch.confidenceAndValueshareMust"));
        }
    }
}
