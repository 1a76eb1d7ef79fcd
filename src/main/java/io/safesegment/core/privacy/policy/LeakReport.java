package io.safesegment.core.privacy.policy;

import io.safesegment.core.privacy.detect.EntityType;
import java.util.ArrayList;
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

    /** A one-line summary naming the columns, counts and kinds, without any data value. */
    public String summary() {
        if (leaks.isEmpty()) {
            return "No original identifier survives in the output";
        }
        return "Export blocked: personal data survives. " + String.join("; ", messages());
    }

    /**
     * One sentence per finding, e.g. "Column 'email': 3 values still contain the original identifier (kind: substring
     * of direct identifier)". Never contains a data value.
     */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        for (ColumnLeak l : leaks) {
            out.addAll(l.messages());
        }
        return out;
    }

    /**
     * One offending column.
     *
     * @param column         column name in the output
     * @param originalValues cells that still carry (part of) an original direct-identifier value, any kind
     * @param patternMatches cells in a direct-identifier column a strong recogniser still accepts
     * @param entities       the entities those recognisers found
     * @param findings       the counts by kind and source column
     */
    public record ColumnLeak(String column, int originalValues, int patternMatches, List<EntityType> entities,
                             List<LeakFinding> findings) {
        /** Copies the lists. */
        public ColumnLeak {
            entities = List.copyOf(entities == null ? List.of() : entities);
            findings = List.copyOf(findings == null ? List.of() : findings);
        }

        /** A column leak without a breakdown by kind (older callers). */
        public ColumnLeak(String column, int originalValues, int patternMatches, List<EntityType> entities) {
            this(column, originalValues, patternMatches, entities, breakdown(column, originalValues, patternMatches));
        }

        private static List<LeakFinding> breakdown(String column, int originalValues, int patternMatches) {
            List<LeakFinding> f = new ArrayList<>();
            if (originalValues > 0) {
                f.add(new LeakFinding(LeakKind.UNCHANGED_IDENTIFIER, column, originalValues));
            }
            if (patternMatches > 0) {
                f.add(new LeakFinding(LeakKind.RECOGNISABLE_PATTERN, null, patternMatches));
            }
            return f;
        }

        /** Cells of {@code kind} in this column, over all source columns. */
        public int count(LeakKind kind) {
            return findings.stream().filter(f -> f.kind() == kind).mapToInt(LeakFinding::count).sum();
        }

        /** One sentence per finding. */
        public List<String> messages() {
            List<String> out = new ArrayList<>();
            for (LeakFinding f : findings) {
                String kind = f.describe(column);
                if (f.kind() == LeakKind.RECOGNISABLE_PATTERN) {
                    String what = entities.isEmpty() ? "personal data"
                            : String.join(", ", entities.stream().map(EntityType::name).toList());
                    out.add("Column '" + column + "': " + f.count() + (f.count() == 1 ? " value is" : " values are")
                            + " still recognisable as " + what + " (kind: " + kind + ")");
                } else {
                    out.add("Column '" + column + "': " + f.count() + (f.count() == 1 ? " value still contains"
                            : " values still contain") + " the original identifier (kind: " + kind + ")");
                }
            }
            return out;
        }
    }
}
