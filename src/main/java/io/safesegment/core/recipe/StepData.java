package io.safesegment.core.recipe;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A named output of a step, as later steps see it.
 *
 * @param file      the file (read by import, written by the others)
 * @param options   how to read it
 * @param roles     the role mapping that travels with the data
 * @param columns   its columns, or null when not known before running (e.g. after cleaning)
 * @param types     column types where known (imports), else empty
 * @param policyId  the masking policy applied upstream, or null
 */
record StepData(Path file, CsvImportOptions options, RoleMapping roles, List<String> columns,
                Map<String, ColumnType> types, String policyId) {
    StepData {
        columns = columns == null ? null : List.copyOf(columns);
        types = types == null ? Map.of() : Map.copyOf(types);
    }

    /** Derived data: written by a step, read back with default options. */
    static StepData written(Path file, RoleMapping roles, List<String> columns, String policyId) {
        return new StepData(file, CsvImportOptions.defaults(), roles, columns, Map.of(), policyId);
    }
}
