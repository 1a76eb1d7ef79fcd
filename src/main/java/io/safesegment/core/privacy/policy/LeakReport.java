package io.safesegment.core.privacy.policy;

import java.util.List;

/**
 * The outcome of a leak scan.
 *
 * @param leaks offending columns; empty when the export may proceed
 */
public record LeakReport(List<ColumnLeak> leaks) {
    /** Copies the list. */
    public LeakReport {
        leaks = List.copyOf(leaks);
    }

    /** Whether the export must be blocked. */
    public boolean blocked() {
        return !leaks.isEmpty();
    }

    /** A one-line summary naming the columns and counts, without any data value. */
    public String summary() {
        if (leaks.isEmpty()) {
            return "No original identifier survives in the output";
        }
        StringBuilder sb = new StringBuilder("Export blocked: personal data survives in ");
        for (int i = 0; i < leaks.size(); i++) {
            ColumnLeak l = leaks.get(i);
            sb.append(i == 0 ? "" : "; ").append("column '").append(l.column()).append("' (")
                    .append(l.originalValues()).append(" original identifier values, ")
                    .append(l.patternMatches()).append(" recognisable ").append(l.entities()).append(" values)");
        }
        return sb.toString();
    }

    /**
     * One offending column.
     *
     * @param column         column name in the output
     * @param originalValues cells equal to an original direct-identifier value
     * @param patternMatches cells in a direct-identifier column a strong recogniser still accepts
     * @param entities       the entities those recognisers found
     */
    public record ColumnLeak(String column, int originalValues, int patternMatches,
                             List<io.safesegment.core.privacy.detect.EntityType> entities) {
    }
}
