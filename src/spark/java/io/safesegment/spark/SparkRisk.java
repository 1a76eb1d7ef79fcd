package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Re-identification risk on Spark as group-bys (El Emam's measures, as the desktop's {@code RiskAnalyzer}):
 * executors reduce each quasi-identifier to the text the core reads (missing is one more value), equivalence
 * classes are a group-by, and only the class-size histogram (and, for l-diversity and t-closeness, the per-class
 * counts of the sensitive values) comes back to the driver.
 */
final class SparkRisk {
    private SparkRisk() {
    }

    static RiskReport analyze(SparkFrame frame, RiskOptions options) {
        ColumnsSchema schema = frame.schema();
        List<String> qis = options.quasiIdentifiers();
        List<String> wanted = new ArrayList<>(qis);
        if (options.sensitive() != null) {
            wanted.add(options.sensitive());
        }
        int[] index = new int[wanted.size()];
        StructType out = new StructType();
        for (int i = 0; i < index.length; i++) {
            index[i] = schema.indexOf(wanted.get(i));
            if (index[i] < 0) {
                throw new IllegalArgumentException("no column '" + wanted.get(i) + "'; the table has "
                        + String.join(", ", schema.names()));
            }
            out = out.add("c" + i, DataTypes.StringType);
        }
        Dataset<Row> values = frame.rows().mapPartitions((MapPartitionsFunction<Row, Row>) it ->
                canonical(it, schema, index), Encoders.row(out));
        Column[] qiCols = new Column[qis.size()];
        for (int i = 0; i < qiCols.length; i++) {
            qiCols[i] = functions.col("c" + i);
        }
        Dataset<Row> classes = values.groupBy(qiCols).count();
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        for (Row r : classes.groupBy("count").count().collectAsList()) {
            histogram.put((int) r.getLong(0), (int) r.getLong(1));
        }
        long n = 0;
        int classCount = 0;
        for (var e : histogram.entrySet()) {
            n += (long) e.getKey() * e.getValue();
            classCount += e.getValue();
        }
        if (n == 0) {
            throw new IllegalArgumentException("the table has no rows");
        }
        int k = histogram.firstKey();
        int belowK = 0;
        int atRisk = 0;
        for (var e : histogram.entrySet()) {
            if (e.getKey() < options.kTarget()) {
                belowK += e.getKey() * e.getValue();
            }
            if (1.0 / e.getKey() > options.riskThreshold()) {
                atRisk += e.getKey() * e.getValue();
            }
        }
        if (options.populationSize() > 0 && options.populationSize() != n) {
            throw new IllegalArgumentException("the Spark engine measures risk with the dataset as the population");
        }
        RiskReport.AttackerRisk prosecutor = new RiskReport.AttackerRisk(1.0 / k, (double) classCount / n, atRisk,
                options.riskThreshold());
        RiskReport.Diversity diversity = options.sensitive() == null ? null
                : diversity(values, qiCols, "c" + qis.size(), options.sensitive(),
                schema.types()[index[qis.size()]], n);
        return new RiskReport((int) n, qis, classCount, k, histogram, belowK, options.kTarget(),
                (double) histogram.getOrDefault(1, 0) / n, prosecutor, prosecutor, (double) classCount / n,
                diversity);
    }

    private static Iterator<Row> canonical(Iterator<Row> it, ColumnsSchema schema, int[] index) {
        List<String[]> texts = new ArrayList<>();
        while (it.hasNext()) {
            texts.add(ChunkTables.texts(it.next(), schema.size()));
        }
        Table t = ChunkTables.build(schema, texts, "risk");
        List<Row> rows = new ArrayList<>(t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] cells = new Object[index.length];
            for (int i = 0; i < index.length; i++) {
                var c = t.column(index[i]);
                cells[i] = c.isMissing(r) ? null : CellText.of(c, r);
            }
            rows.add(RowFactory.create(cells));
        }
        return rows.iterator();
    }

    /** Distinct and entropy l-diversity and t-closeness (EMD; ordered for numeric columns) from per-class counts. */
    private static RiskReport.Diversity diversity(Dataset<Row> values, Column[] qiCols, String sensitive,
                                                  String name, ColumnType type, long n) {
        boolean ordered = type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
        Column[] keys = Arrays.copyOf(qiCols, qiCols.length + 1);
        keys[qiCols.length] = functions.col(sensitive);
        List<Row> counts = values.groupBy(keys).count().collectAsList();
        // value codes: numeric order for ordered columns (missing last), else any fixed order
        List<String> distinct = counts.stream().map(r -> r.getString(qiCols.length)).distinct().sorted((a, b) ->
                ordered ? Double.compare(number(a), number(b)) : String.valueOf(a).compareTo(String.valueOf(b)))
                .toList();
        Map<String, Integer> code = new HashMap<>();
        for (String v : distinct) {
            code.put(v, code.size());
        }
        int m = distinct.size();
        double[] q = new double[m];
        Map<List<String>, Map<Integer, Long>> classes = new HashMap<>();
        for (Row r : counts) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < qiCols.length; i++) {
                key.add(r.getString(i));
            }
            int v = code.get(r.getString(qiCols.length));
            long c = r.getLong(qiCols.length + 1);
            q[v] += c;
            classes.computeIfAbsent(key, x -> new TreeMap<>()).merge(v, c, Long::sum);
        }
        for (int v = 0; v < m; v++) {
            q[v] /= n;
        }
        int distinctL = Integer.MAX_VALUE;
        double minEntropy = Double.MAX_VALUE;
        double t = 0;
        for (Map<Integer, Long> dist : classes.values()) {
            long size = dist.values().stream().mapToLong(Long::longValue).sum();
            distinctL = Math.min(distinctL, dist.size());
            double entropy = 0;
            for (long c : dist.values()) {
                double p = (double) c / size;
                entropy -= p * Math.log(p);
            }
            minEntropy = Math.min(minEntropy, entropy);
            double[] p = new double[m];
            dist.forEach((v, c) -> p[v] = (double) c / size);
            double emd = 0;
            if (ordered) {
                double cp = 0;
                double cq = 0;
                for (int v = 0; v < m; v++) {
                    cp += p[v];
                    cq += q[v];
                    emd += Math.abs(cp - cq);
                }
                emd = m < 2 ? 0 : emd / (m - 1);
            } else {
                for (int v = 0; v < m; v++) {
                    emd += Math.abs(p[v] - q[v]);
                }
                emd /= 2;
            }
            t = Math.max(t, emd);
        }
        return new RiskReport.Diversity(name, distinctL, Math.exp(minEntropy), t, ordered);
    }

    private static double number(String s) {
        return s == null ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }
}
