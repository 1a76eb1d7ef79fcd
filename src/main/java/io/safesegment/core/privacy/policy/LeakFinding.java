package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * How many cells of one output column leak in one way. Holds counts and column names only, never a value.
 *
 * @param kind         why the cells count as leaks
 * @param sourceColumn the direct-identifier column whose values were found (null for pattern matches)
 * @param count        number of cells (each cell is counted once per column, under its most severe kind)
 */
public record LeakFinding(LeakKind kind, String sourceColumn, int count) {
    /** Validates. */
    public LeakFinding {
        if (kind == null) {
            throw new LocalizedArgumentException(Message.of("policy.leakFinding.kindIsRequired"));
        }
        if (count < 1) {
            throw new LocalizedArgumentException(Message.of("policy.leakFinding.aFindingCountsAt", count));
        }
    }

    /** The kind's wording, naming the source column when it differs from {@code column}. */
    public String describe(String column) {
        return kind.description() + (sourceColumn == null || sourceColumn.equals(column) ? "" : " '" + sourceColumn + "'");
    }
}
