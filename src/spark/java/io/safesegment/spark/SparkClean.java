package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.clean.CleaningException;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.data.clean.DeriveColumn;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.DropMissing;
import io.safesegment.core.data.clean.FillMissing;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.clean.ParseColumn;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.data.io.TypeInference;
import io.safesegment.core.data.io.ValueParsers;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeStep;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A {@code clean} step on Spark with the desktop's own cleaning steps. Steps whose result for a row depends on that
 * row alone (drop rows with missing values, normalise text, parse with a pattern, derive from a date, fill with a
 * constant) run per partition ({@link CleanChunks}). Steps that need the whole column get the statistic the
 * desktop would compute from an exact distributed aggregate on the driver, then run per partition as the equivalent
 * row-local step: a median fill (the middle values of the sorted column), a mode fill (the most frequent value, ties
 * to the one seen first in file order), a mean fill (the desktop's compensated sum, fed in file order as the driver
 * streams the column once), a date parse without a pattern (detected from the column's first 1,000
 * values, as the desktop does), and outliers, scaling and one-hot encoding with their fences, shift and divisor or
 * categories fixed ({@link SparkCleanStatistics}, {@link FixedCleaningStep}). Duplicate removal keeps the first row
 * of every key in file order (a window minimum of the row number).
 */
final class SparkClean {
    private SparkClean() {
    }

    /**
     * Refuses, before any job runs, a pipeline with an operation this engine does not run exactly. Every kind of
     * cleaning step runs since outliers, scaling and one-hot got their exact statistics; a kind added to the core
     * later is refused here until it is taught to this engine.
     *
     * @throws io.safesegment.core.recipe.RecipeException on {@code steps}, naming the operation
     */
    static CleaningPipeline check(RecipeStep s, CleaningPipeline steps) {
        for (int i = 0; i < steps.steps().size(); i++) {
            CleaningStep c = steps.steps().get(i);
            boolean ok = c instanceof DropMissing || c instanceof NormaliseText || c instanceof DeriveColumn
                    || c instanceof ParseColumn || c instanceof DropDuplicates
                    || c instanceof FillMissing
                    || SparkCleanStatistics.needsStatistic(c); // outliers, scaling, one-hot: exact statistics
            if (!ok) {
                String why = " (not taught to the Spark engine yet)";
                throw RecipeEngine.unsupported(s, "steps", "cleaning operation " + (i + 1) + " '" + c.describe()
                        + "'" + why, RecipeEngine.SPARK);
            }
        }
        return steps;
    }

    /** The cleaned frame (not yet written) and the count of rows it holds once written. */
    record Cleaned(Dataset<Row> rows, ColumnsSchema schema, LongAccumulator rowsOut) {
    }

    /**
     * {@link #clean(SparkFrame, CleaningPipeline)}, with a step the data cannot take (a missing or non-numeric column,
     * too many categories) reported in the desktop's words: "Cannot apply step N to FILE: why".
     */
    static Cleaned clean(SparkFrame in, CleaningPipeline steps, String stepsName) {
        try {
            return clean(in, steps);
        } catch (CleaningException e) {
            throw new CleaningException(Message.of("data.datasetService.cannotApply", stepsName,
                    in.file() == null ? "" : in.file().getFileName(), LocalizedMessage.of(e)));
        }
    }

    /** Plans the stages; statistics are computed here (jobs on the data before this step's output). */
    static Cleaned clean(SparkFrame in, CleaningPipeline steps) {
        Dataset<Row> current = in.rows();
        ColumnsSchema schema = in.schema();
        List<FixedCleaningStep> pending = new ArrayList<>();
        var spark = in.rows().sparkSession();
        boolean canonical = false;
        for (CleaningStep c : steps.steps()) {
            if (c instanceof DropDuplicates d) { // keep the first row of every key, in file order
                if (!pending.isEmpty() || !canonical) {
                    Stage st = stage(current, schema, pending, null);
                    current = st.rows();
                    schema = st.schema();
                    pending.clear();
                    canonical = true;
                }
                d.apply(ChunkTables.build(schema, List.of(), "shape")); // the desktop's message for a missing column
                current = firstOfEveryKey(current, d.keyColumns().isEmpty() ? List.of(schema.names())
                        : d.keyColumns());
                continue;
            }
            FixedCleaningStep local = FixedCleaningStep.of(c);
            boolean statistic = SparkCleanStatistics.needsStatistic(c);
            boolean needsData = statistic
                    || c instanceof FillMissing f && f.strategy() != FillMissing.Strategy.CONSTANT
                    || c instanceof ParseColumn p && p.pattern() == null
                    && (p.target() == ColumnType.DATE || p.target() == ColumnType.DATE_TIME);
            if (needsData) {
                if (!pending.isEmpty()) {
                    Stage st = stage(current, schema, pending, null);
                    current = st.rows();
                    schema = st.schema();
                    pending.clear();
                    canonical = true;
                }
                if (statistic) {
                    local = SparkCleanStatistics.exact(c, current, schema);
                } else {
                    CleaningStep rowLocal = exact(c, current, schema);
                    local = rowLocal == null ? null : FixedCleaningStep.of(rowLocal);
                }
            }
            if (local != null) {
                pending.add(local);
            }
        }
        LongAccumulator rows = spark.sparkContext().longAccumulator("clean rows");
        Stage last = stage(current, schema, pending, rows);
        return new Cleaned(last.rows(), last.schema(), rows);
    }

    /**
     * The first row (in file order) of every key, on canonical texts (a missing cell is the empty text, as the
     * desktop's row key treats it), in file order.
     */
    private static Dataset<Row> firstOfEveryKey(Dataset<Row> rows, List<String> keys) {
        String[] names = rows.columns();
        org.apache.spark.sql.Column[] by = keys.stream().map(functions::col)
                .toArray(org.apache.spark.sql.Column[]::new);
        return rows.withColumn("__row", functions.monotonically_increasing_id())
                .withColumn("__first", functions.min("__row").over(org.apache.spark.sql.expressions.Window
                        .partitionBy(by)))
                .filter(functions.col("__row").equalTo(functions.col("__first")))
                .orderBy("__row").select(java.util.Arrays.stream(names).map(functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new));
    }

    private record Stage(Dataset<Row> rows, ColumnsSchema schema) {
    }

    /** Row-local steps as one mapPartitions; the output's columns from the same steps applied to an empty chunk. */
    static Stage stage(Dataset<Row> rows, ColumnsSchema schema, List<FixedCleaningStep> steps,
                       LongAccumulator count) {
        Table shape = FixedCleaningStep.applyAll(ChunkTables.build(schema, List.of(), "shape"), steps);
        ColumnsSchema out = ColumnsSchema.of(shape);
        return new Stage(rows.mapPartitions(new CleanChunks(schema, steps, count),
                Encoders.row(textSchema(out))), out);
    }

    static StructType textSchema(ColumnsSchema schema) {
        StructType t = new StructType();
        for (String name : schema.names()) {
            t = t.add(name, DataTypes.StringType, true);
        }
        return t;
    }

    /** The row-local equivalent of a step that needs the column (null: nothing to do, as on the desktop). */
    private static CleaningStep exact(CleaningStep c, Dataset<Row> rows, ColumnsSchema schema) {
        if (c instanceof ParseColumn p) {
            return new ParseColumn(p.column(), p.target(), detectPattern(rows, schema, p), p.decimalSeparator());
        }
        FillMissing f = (FillMissing) c;
        int index = schema.indexOf(f.column());
        if (index < 0) { // the desktop's own message on the driver
            f.apply(ChunkTables.build(schema, List.of(), "shape"));
        }
        Table empty = ChunkTables.build(schema, List.of(), "shape");
        Column<?> column = empty.column(index);
        String value = switch (f.strategy()) {
            case MEDIAN -> median(rows, schema, index, column, f);
            case MEAN -> mean(rows, schema, index, column, f);
            default -> mode(rows, schema, index);
        };
        return value == null ? null : new FillMissing(f.column(), FillMissing.Strategy.CONSTANT, value);
    }

    /** The pattern the desktop's parse detects: the best for the first 1,000 non-empty values in file order. */
    private static String detectPattern(Dataset<Row> rows, ColumnsSchema schema, ParseColumn p) {
        int index = schema.indexOf(p.column());
        if (index < 0) {
            p.apply(ChunkTables.build(schema, List.of(), "shape")); // the desktop's message
        }
        List<String> sample = rows.map((MapFunction<Row, String>) r -> r.isNullAt(index) ? ""
                : r.getString(index).strip(), Encoders.STRING())
                .filter((FilterFunction<String>) v -> !v.isEmpty()).limit(1000).collectAsList();
        String best = TypeInference.bestPattern(p.target(), sample);
        return best != null ? best : p.target() == ColumnType.DATE ? "yyyy-MM-dd" : ValueParsers.ISO;
    }

    /** The exact median of the column's numbers (the middle one or the mean of the two middle ones). */
    private static String median(Dataset<Row> rows, ColumnsSchema schema, int index, Column<?> shape,
                                 FillMissing f) {
        if (!(shape instanceof NumericColumn<?>)) {
            f.apply(ChunkTables.build(schema, List.of(), "shape")); // the desktop's message for a non-number
        }
        Dataset<Double> values = rows.mapPartitions((MapPartitionsFunction<Row, Double>) it ->
                numbers(it, schema, index), Encoders.DOUBLE());
        var sorted = values.toJavaRDD().sortBy(v -> v, true, Math.max(1, values.rdd().getNumPartitions()))
                .zipWithIndex();
        long n = sorted.count();
        if (n == 0) {
            return null;
        }
        long lo = (n - 1) / 2;
        long hi = n / 2;
        List<scala.Tuple2<Double, Long>> middle = sorted.filter(t -> t._2() == lo || t._2() == hi).collect();
        double a = middle.stream().filter(t -> t._2() == lo).findFirst().orElseThrow()._1();
        double b = middle.stream().filter(t -> t._2() == hi).findFirst().orElseThrow()._1();
        return number(shape, n % 2 == 1 ? a : (a + b) / 2);
    }

    /**
     * The desktop's mean to the bit: its compensated sum depends on the order of the additions, so the driver streams
     * the column's numbers once in file order (one partition at a time) into the same summation.
     */
    private static String mean(Dataset<Row> rows, ColumnsSchema schema, int index, Column<?> shape, FillMissing f) {
        if (!(shape instanceof NumericColumn<?>)) {
            f.apply(ChunkTables.build(schema, List.of(), "shape")); // the desktop's message for a non-number
        }
        java.util.DoubleSummaryStatistics sum = new java.util.DoubleSummaryStatistics();
        rows.mapPartitions((MapPartitionsFunction<Row, Double>) it -> numbers(it, schema, index), Encoders.DOUBLE())
                .toLocalIterator().forEachRemaining(sum::accept);
        return sum.getCount() == 0 ? null : number(shape, sum.getAverage());
    }

    private static String number(Column<?> shape, double x) {
        return switch (shape) {
            case IntColumn i -> Integer.toString((int) Math.round(x));
            case LongColumn l -> Long.toString(Math.round(x));
            default -> Double.toString(x);
        };
    }

    /** The column's numbers in one partition, in file order (missing cells left out). */
    static Iterator<Double> numbers(Iterator<Row> it, ColumnsSchema schema, int index) {
        List<String[]> texts = new ArrayList<>();
        while (it.hasNext()) {
            texts.add(ChunkTables.texts(it.next(), schema.size()));
        }
        double[] v = ((NumericColumn<?>) ChunkTables.build(schema, texts, "median").column(index)).asDoubleArray();
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            if (!Double.isNaN(d)) {
                out.add(d);
            }
        }
        return out.iterator();
    }

    /** The most frequent value's text; ties go to the value seen first in file order, as on the desktop. */
    private static String mode(Dataset<Row> rows, ColumnsSchema schema, int index) {
        StructType valueRow = new StructType().add("v", DataTypes.StringType).add("row", DataTypes.LongType);
        Dataset<Row> values = rows.withColumn("__row", functions.monotonically_increasing_id())
                .mapPartitions((MapPartitionsFunction<Row, Row>) it -> cells(it, schema, index),
                        Encoders.row(valueRow));
        List<Row> best = values.groupBy("v").agg(functions.count("*").as("n"), functions.min("row").as("first"))
                .orderBy(functions.col("n").desc(), functions.col("first").asc()).limit(1).collectAsList();
        return best.isEmpty() ? null : best.get(0).getString(0);
    }

    private static Iterator<Row> cells(Iterator<Row> it, ColumnsSchema schema, int index) {
        List<String[]> texts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        while (it.hasNext()) {
            Row r = it.next();
            texts.add(ChunkTables.texts(r, schema.size()));
            ids.add(r.getLong(schema.size()));
        }
        Column<?> c = ChunkTables.build(schema, texts, "mode").column(index);
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < c.size(); r++) {
            if (!c.isMissing(r)) {
                out.add(RowFactory.create(CellText.of(c, r), ids.get(r)));
            }
        }
        return out.iterator();
    }
}
