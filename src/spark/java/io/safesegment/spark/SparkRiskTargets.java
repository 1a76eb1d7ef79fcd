package io.safesegment.spark;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargetMeasure;
import io.safesegment.core.privacy.policy.RiskTargets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * A masked frame measured against a policy's risk targets as the desktop's {@code RiskTargetMeasure} does, with
 * group-bys: executors turn each row into the texts the core reads (the column's {@code getString} on a chunk table
 * of the output's types, missing as ""), and whether all its quasi-identifiers are suppressed ({@code *}); the
 * driver receives the per-class counts (per sensitive value only when l or t is a target, else only the distinct
 * class sizes) and hands them to the core's own check, so the decisions and figures are the desktop's.
 */
final class SparkRiskTargets {
    private SparkRiskTargets() {
    }

    static RiskTargetCheck measure(SparkFrame frame, Map<String, ColumnRole> roles, RiskTargets targets) {
        ColumnsSchema schema = frame.schema();
        // the desktop's choice: quasi-identifiers in output column order, the first sensitive column
        List<Integer> qiIndex = new ArrayList<>();
        int sensitiveIndex = -1;
        for (int c = 0; c < schema.size(); c++) {
            ColumnRole role = roles.get(schema.names()[c]);
            if (role == ColumnRole.QUASI_IDENTIFIER) {
                qiIndex.add(c);
            } else if (role == ColumnRole.SENSITIVE && sensitiveIndex < 0) {
                sensitiveIndex = c;
            }
        }
        int[] qis = qiIndex.stream().mapToInt(Integer::intValue).toArray();
        int sensitive = sensitiveIndex;
        StructType out = new StructType().add("suppressed", DataTypes.BooleanType, false);
        for (int i = 0; i < qis.length; i++) {
            out = out.add("q" + i, DataTypes.StringType, false);
        }
        out = out.add("s", DataTypes.StringType, false);
        Dataset<Row> texts = frame.rows().mapPartitions((MapPartitionsFunction<Row, Row>) it ->
                texts(it, schema, qis, sensitive), Encoders.row(out));
        Column[] classKey = new Column[qis.length + 1];
        classKey[0] = functions.col("suppressed");
        for (int i = 0; i < qis.length; i++) {
            classKey[i + 1] = functions.col("q" + i);
        }
        String sensitiveName = sensitive < 0 ? null : schema.names()[sensitive];
        int rows = 0;
        int suppressed = 0;
        List<Map<String, Integer>> classes = new ArrayList<>();
        Map<String, Integer> global = new HashMap<>();
        if (targets.needsSensitive() && sensitiveName != null) {
            // l and t read each class's sensitive values: one row per (class, value) comes to the driver
            Column[] keyAndValue = java.util.Arrays.copyOf(classKey, classKey.length + 1);
            keyAndValue[classKey.length] = functions.col("s");
            Map<List<String>, Map<String, Integer>> byClass = new HashMap<>();
            for (Row r : texts.groupBy(keyAndValue).count().collectAsList()) {
                int count = Math.toIntExact(r.getLong(qis.length + 2));
                String value = r.getString(qis.length + 1);
                rows += count;
                global.merge(value, count, Integer::sum);
                if (r.getBoolean(0)) {
                    suppressed += count;
                    continue;
                }
                List<String> key = new ArrayList<>(qis.length);
                for (int i = 0; i < qis.length; i++) {
                    key.add(r.getString(i + 1));
                }
                byClass.computeIfAbsent(key, x -> new HashMap<>()).merge(value, count, Integer::sum);
            }
            classes.addAll(byClass.values());
        } else {
            // only the class sizes matter: the histogram of sizes (with the suppressed rows apart) is enough
            for (Row r : texts.groupBy(classKey).count().groupBy("suppressed", "count").count().collectAsList()) {
                int size = Math.toIntExact(r.getLong(1));
                int number = Math.toIntExact(r.getLong(2));
                rows += size * number;
                if (r.getBoolean(0)) {
                    suppressed += size * number;
                } else {
                    classes.add(Map.of("", size));
                }
            }
        }
        return RiskTargetMeasure.check(targets, sensitiveName, rows, suppressed, classes, global);
    }

    private static Iterator<Row> texts(Iterator<Row> it, ColumnsSchema schema, int[] qis, int sensitive) {
        List<String[]> cells = new ArrayList<>();
        while (it.hasNext()) {
            cells.add(ChunkTables.texts(it.next(), schema.size()));
        }
        Table t = ChunkTables.build(schema, cells, "risk targets");
        List<Row> out = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = new Object[qis.length + 2];
            boolean allStars = qis.length > 0;
            for (int i = 0; i < qis.length; i++) {
                var c = t.column(qis[i]);
                String v = c.isMissing(r) ? "" : c.getString(r);
                allStars &= RiskTargetMeasure.SUPPRESSED.equals(v);
                row[i + 1] = v;
            }
            row[0] = allStars;
            var s = sensitive < 0 ? null : t.column(sensitive);
            row[qis.length + 1] = s == null || s.isMissing(r) ? "" : s.getString(r);
            out.add(RowFactory.create(row));
        }
        return out.iterator();
    }
}
