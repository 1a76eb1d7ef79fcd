package io.safesegment.core.privacy.policy;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The masked table and what was done to each input column.
 *
 * @param masked   the masked table (removed columns are absent; kept columns are shared with the input, read-only)
 * @param outcomes one entry per input column, in input order
 */
public record MaskResult(Table masked, List<ColumnOutcome> outcomes) {
    /** Copies the list. */
    public MaskResult {
        outcomes = List.copyOf(outcomes);
    }
}
