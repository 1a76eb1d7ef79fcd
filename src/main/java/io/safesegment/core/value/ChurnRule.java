package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * When a customer counts as churned ("lapsed"): no purchase for {@code inactiveDays} or more, or P(alive) below
 * {@code aliveBelow}; either is enough. The inactivity rule is needed as well as P(alive) because BG/NBD gives a
 * customer who never bought again P(alive) = 1 however long ago that one purchase was.
 *
 * @param inactiveDays days since the last purchase from which a customer is lapsed; 0 = rule off
 * @param aliveBelow   P(alive) under which a customer is lapsed, in [0, 1]; 0 = rule off
 */
public record ChurnRule(int inactiveDays, double aliveBelow) {
    /** 180 days of inactivity or P(alive) below 0.3. */
    public static final ChurnRule DEFAULT = new ChurnRule(180, 0.3);

    /** Validates. */
    public ChurnRule {
        if (inactiveDays < 0) {
            throw new LocalizedArgumentException(Message.of("value.error.inactiveDays", inactiveDays));
        }
        if (!(aliveBelow >= 0 && aliveBelow <= 1)) {
            throw new LocalizedArgumentException(Message.of("value.error.aliveBelow", String.valueOf(aliveBelow)));
        }
    }

    /** Whether a customer with this inactivity and P(alive) is lapsed. */
    public boolean lapsed(double daysInactive, double probabilityAlive) {
        return (inactiveDays > 0 && daysInactive >= inactiveDays) || probabilityAlive < aliveBelow;
    }
}
