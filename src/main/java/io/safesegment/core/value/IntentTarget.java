package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * What the intent models predict: a customer column (two-valued, or one value against the rest) or "buys within the
 * next N days" (from transactions: the last N days are the outcome, everything before builds the features).
 *
 * @param column      target column of the customers table, or null for the horizon target
 * @param positive    positive value of the column, or null for the rarer of two values
 * @param horizonDays N of the horizon target (ignored with a column)
 */
public record IntentTarget(String column, String positive, int horizonDays) {
    /** Validates. */
    public IntentTarget {
        if (column == null && horizonDays < 1) {
            throw new LocalizedArgumentException(Message.of("value.error.horizonDays", horizonDays));
        }
    }

    /** A customer column. */
    public static IntentTarget column(String column, String positive) {
        return new IntentTarget(column, positive, 0);
    }

    /** Buys within the next {@code days} days. */
    public static IntentTarget horizon(int days) {
        return new IntentTarget(null, null, days);
    }
}
