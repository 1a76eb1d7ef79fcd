package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A step's output on Spark: the rows (every column the cell's text, as the desktop engine writes it), their column
 * types, the role mapping travelling with them, the policy that masked them (for manifests) and the file written, if
 * the step wrote one.
 */
record SparkFrame(Dataset<Row> rows, ColumnsSchema schema, RoleMapping roles, String policyId, Path file) {

    SparkFrame withRoles(RoleMapping value) {
        return new SparkFrame(rows, schema, value, policyId, file);
    }

    /** This frame as derived from data masked by {@code policy} (null: unmasked), as the desktop runner records it. */
    SparkFrame withPolicy(String policy) {
        return new SparkFrame(rows, schema, roles, policy, file);
    }
}
