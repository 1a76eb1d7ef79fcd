package io.safesegment.core.privacy.detect;

import io.safesegment.core.data.ColumnRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of scanning a dataset: one {@link ColumnDetection} per column, in column order.
 *
 * @param dataset  the dataset (table) name
 * @param rows     number of rows in the dataset
 * @param columns  detections per column
 */
public record DetectionReport(String dataset, int rows, List<ColumnDetection> columns) {
    /** Copies the list. */
    public DetectionReport {
        columns = List.copyOf(columns);
    }

    /** The detection for one column. */
    public Optional<ColumnDetection> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }

    /** Suggested role per column, in column order. */
    public Map<String, ColumnRole> suggestedRoles() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        columns.forEach(c -> roles.put(c.column(), c.suggestedRole()));
        return roles;
    }
}
