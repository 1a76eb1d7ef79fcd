package io.safesegment.core.data.clean;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The result of one step.
 *
 * @param table        the changed copy
 * @param summary      what happened, e.g. {@code 12 rows removed}
 * @param changedCells cells or rows affected (the unit is given in the summary)
 * @param failedValues for parsing: distinct values that could not be parsed (at most 20; shown to the user, never
 *                     logged)
 */
public record StepOutcome(Table table, String summary, long changedCells, List<String> failedValues) {
    /** Copies the list. */
    public StepOutcome {
        failedValues = List.copyOf(failedValues);
    }

    static StepOutcome of(Table table, String summary, long changed) {
        return new StepOutcome(table, summary, changed, List.of());
    }
}
