package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * An {@code anonymise} step with a GIVEN transformation, k alone and hierarchy files on Spark (the search, l and t
 * and hierarchies built from values run in {@link SparkAnonymiseSearch}): executors generalise each
 * quasi-identifier with the recipe's hierarchy files as the desktop's {@code Anonymiser.apply} does (the cell's text,
 * missing as the empty string, looked up in the hierarchy), the equivalence classes are a group-by, and every
 * quasi-identifier of a row in a class below k becomes {@code *} when the rows so suppressed stay within the
 * suppression limit (else the step fails on {@code levels} before anything is written, as on the desktop). The risk
 * of the output (k, l, t, prosecutor / journalist / marketer) is measured with {@link SparkRisk}.
 */
final class SparkAnonymise {
    private static final String TOP = "*";

    private SparkAnonymise() {
    }

    /**
     * What the step reports.
     *
     * @param loss         the optimum's generalisation loss when the search chose the levels, else null
     * @param combinations distinct combinations counted for the search or check, null when none were counted
     */
    record Result(long rows, Map<String, Integer> levels, long suppressedRows, long smallestClass, RiskReport risk,
                  Double loss, Integer combinations) {
    }

    /**
     * Nothing of an anonymise step is refused any more (the search, l and t, and hierarchies built from values run
     * in {@link SparkAnonymiseSearch}); a table with too many distinct combinations for the driver stops the step
     * when it runs, before it writes anything.
     */
    static void check(Recipe recipe, RecipeStep s) {
    }

    static Result run(Recipe recipe, RecipeStep s, SparkFrame in, Path out) throws IOException {
        if (SparkAnonymiseSearch.needed(recipe, s)) {
            return SparkAnonymiseSearch.run(recipe, s, in, out);
        }
        List<String> qis = qis(s);
        Map<String, Path> files = files(recipe, s);
        Map<String, Hierarchy> hierarchies = PrivacyService.readHierarchies(files);
        int[] index = new int[qis.size()];
        int[] levels = new int[qis.size()];
        ArrayList<ArrayList<ArrayList<String>>> rows = new ArrayList<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        for (int j = 0; j < index.length; j++) {
            String qi = qis.get(j);
            index[j] = in.schema().indexOf(qi);
            if (index[j] < 0) {
                throw new RecipeException(s.number(), "quasiIdentifiers", "no column '" + qi + "'");
            }
            Hierarchy h = hierarchies.get(qi);
            var v = s.get("levels").get(qi);
            if (v == null || !v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > h.height() - 1) {
                throw new RecipeException(s.number(), "levels", Message.of("recipe.error.levels", qi,
                        h.height() - 1));
            }
            levels[j] = v.asInt();
            named.put(qi, levels[j]);
            ArrayList<ArrayList<String>> copy = new ArrayList<>();
            h.rows().forEach(r -> copy.add(new ArrayList<>(r)));
            rows.add(copy);
        }
        int k = (int) s.integer("k", 1);
        ColumnsSchema schema = in.schema();
        StructType generalisedRow = SparkClean.textSchema(schema).add("__row", DataTypes.LongType);
        Dataset<Row> generalised = in.rows().withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions(new Generaliser(schema, index, levels, rows), Encoders.row(generalisedRow)).cache();
        long suppressedRows;
        long smallest;
        try {
            Column[] keys = qis.stream().map(functions::col).toArray(Column[]::new);
            Dataset<Row> sizes = generalised.groupBy(keys).agg(functions.count("*").as("__size"));
            Row totals = sizes.agg(functions.sum("__size"), functions.sum(functions.when(
                    functions.col("__size").lt(k), functions.col("__size")).otherwise(0)),
                    functions.min(functions.when(functions.col("__size").geq(k), functions.col("__size"))))
                    .first();
            smallest = totals.isNullAt(2) ? 0 : totals.getLong(2); // of the released classes, as the desktop's
            long n = totals.isNullAt(0) ? 0 : totals.getLong(0);
            long suppressed = totals.isNullAt(1) ? 0 : totals.getLong(1);
            long limit = (long) Math.floor(s.number("suppressionLimit", 0) * n + 1e-9);
            if (suppressed > limit) { // as the desktop: not acceptable, nothing written
                throw new RecipeException(s.number(), "levels", Message.of("recipe.error.levelsNotAcceptable",
                        suppressed, limit));
            }
            suppressedRows = suppressed;
            Dataset<Row> joined = generalised.join(sizes, scala.jdk.javaapi.CollectionConverters.asScala(qis)
                    .toSeq());
            List<Column> select = new ArrayList<>();
            ColumnType[] types = schema.types().clone();
            String[] patterns = schema.patterns().clone();
            for (int c = 0; c < schema.size(); c++) {
                String name = schema.names()[c];
                if (qis.contains(name)) {
                    select.add(functions.when(functions.col("__size").lt(k), functions.lit(TOP))
                            .otherwise(functions.col(name)).as(name));
                    types[c] = ColumnType.TEXT;
                    patterns[c] = null;
                } else {
                    select.add(functions.col(name));
                }
            }
            Dataset<Row> result = joined.orderBy("__row").select(select.toArray(Column[]::new));
            ColumnsSchema outSchema = new ColumnsSchema(schema.names(), types, patterns, CsvImportOptions.DEFAULT_MISSING);
            SparkExport.csv(new SparkFrame(result, outSchema, in.roles(), in.policyId(), out), out);
        } finally {
            generalised.unpersist();
        }
        SparkFrame written = SparkImport.read(in.rows().sparkSession(), out, CsvImportOptions.defaults(), in.roles());
        RiskReport risk = SparkRisk.analyze(written, RiskOptions.of(qis, s.text("sensitive", null)));
        return new Result(risk.rows(), named, suppressedRows, smallest, risk, null, null);
    }

    static List<String> qis(RecipeStep s) {
        List<String> out = new ArrayList<>();
        if (s.get("quasiIdentifiers") != null) {
            s.get("quasiIdentifiers").forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static Map<String, Path> files(Recipe recipe, RecipeStep s) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (s.get("hierarchies") != null) {
            s.get("hierarchies").properties().forEach(e -> files.put(e.getKey(),
                    EngineSteps.input(recipe, e.getValue().asText())));
        }
        return files;
    }

    /** Generalises the quasi-identifiers of a partition's rows; other cells become the desktop's texts. */
    private record Generaliser(ColumnsSchema schema, int[] index, int[] levels,
                               ArrayList<ArrayList<ArrayList<String>>> hierarchyRows)
            implements MapPartitionsFunction<Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(Iterator<Row> it) {
            List<Hierarchy> hierarchies = new ArrayList<>();
            for (var rows : hierarchyRows) {
                hierarchies.add(Hierarchy.of(new ArrayList<>(rows.stream().map(r -> (List<String>) r).toList()),
                        "hierarchy"));
            }
            List<String[]> texts = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                texts.add(ChunkTables.texts(r, schema.size()));
                ids.add(r.getLong(schema.size()));
            }
            Table t = ChunkTables.build(schema, texts, "anonymise");
            List<Row> out = new ArrayList<>(t.rowCount());
            for (int r = 0; r < t.rowCount(); r++) {
                Object[] cells = new Object[schema.size() + 1];
                for (int c = 0; c < schema.size(); c++) {
                    cells[c] = CellText.of(t.column(c), r);
                }
                for (int j = 0; j < index.length; j++) {
                    var c = t.column(index[j]);
                    String value = c.isMissing(r) ? "" : c.getString(r);
                    cells[index[j]] = hierarchies.get(j).generalise(value, levels[j]);
                }
                cells[schema.size()] = ids.get(r);
                out.add(RowFactory.create(cells));
            }
            return out.iterator();
        }
    }
}
