package io.safesegment.core.subject;

import java.util.List;

/**
 * Where a person was found in one dataset.
 *
 * @param datasetId  workspace dataset id
 * @param dataset    its name
 * @param masked     whether it is a masked or anonymised dataset (found through its keyed pseudonym rules)
 * @param columns    the columns that matched
 * @param rows       the matching row numbers (0-based, in file order)
 */
public record SubjectMatch(long datasetId, String dataset, boolean masked, List<String> columns, List<Integer> rows) {
    /** Copies. */
    public SubjectMatch {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
