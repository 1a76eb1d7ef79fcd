package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.HeaderNames;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeStep;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A {@code postgres} step on Spark: Spark's JDBC source reads the table or query, split into
 * {@code partitions} ranges of the numeric {@code partitionColumn} when the step names one (the bounds are the
 * column's minimum and maximum, asked of the database first), else in one partition. Cells become the texts the
 * desktop's reader gives: numbers of every numeric SQL type are read as doubles (as {@code getDouble}), dates and
 * timestamps without time zone as local values, {@code timestamptz} in UTC; names are normalised as the desktop does.
 * The output is written as the desktop writes it (no formula neutralisation: an intermediate file) and read back
 * with the fetched column types.
 *
 * <p>The password comes from where the desktop engine takes it (the front end, else the environment variable the
 * step names) and is never in the recipe. It travels to the executors inside Spark's JDBC options, which Spark
 * redacts in plans, the UI and logs ({@code spark.redaction.regex} matches "password"); the driver's copy is wiped
 * after the job.
 */
final class SparkJdbc {
    private SparkJdbc() {
    }

    /** What the step fetched. */
    record Fetched(SparkFrame frame, String database, long rows, int columns, int partitions) {
    }

    /** Checks the fields without connecting, before any job runs. */
    static void check(RecipeStep s) {
        EngineSteps.postgresUrl(s);
        if ((s.get("table") == null) == (s.get("query") == null)) {
            throw new RecipeException(s.number(), "table", "give either 'table' or 'query'");
        }
        if (s.get("partitionColumn") != null && s.integer("partitions", 4) < 1) {
            throw new RecipeException(s.number(), "partitions", "must be at least 1");
        }
        if (s.get("partitionColumn") != null && !s.text("partitionColumn", "").matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw RecipeEngine.unsupported(s, "partitionColumn", "a partition column that is not a plain column "
                    + "name", RecipeEngine.SPARK);
        }
    }

    static Fetched fetch(SparkSession spark, RecipeStep s, RecipeKeys keys, Path out) throws IOException {
        check(s);
        String url = EngineSteps.postgresUrl(s);
        String source = s.get("query") != null ? "(" + stripSemicolon(s.text("query", "")) + ") AS safesegment_query"
                : EngineSteps.postgresTable(s).quoted();
        char[] password = EngineSteps.postgresPassword(keys, s);
        try {
            // a reader's options accumulate, so every read starts from a fresh one
            java.util.function.Supplier<DataFrameReader> base = () -> spark.read().format("jdbc").option("url", url)
                    .option("user", s.text("user", "")).option("password", new String(password))
                    .option("fetchsize", "10000").option("preferTimestampNTZ", "true");
            Dataset<Row> probe = base.get().option("dbtable", source).load();
            StructType raw = probe.schema();
            // numbers as the desktop reads them (getDouble), whatever the SQL type
            List<String> custom = new ArrayList<>();
            for (StructField f : raw.fields()) {
                if (f.dataType() instanceof DecimalType || f.dataType().equals(DataTypes.FloatType)) {
                    custom.add("`" + f.name().replace("`", "``") + "` DOUBLE"); // Spark SQL's quoting
                }
            }
            DataFrameReader reader = base.get().option("dbtable", source);
            if (!custom.isEmpty()) {
                reader = reader.option("customSchema", String.join(", ", custom));
            }
            int partitions = 1;
            String column = s.text("partitionColumn", null);
            if (column != null) {
                var field = java.util.Arrays.stream(raw.fields()).filter(f -> f.name().equals(column)).findFirst();
                if (field.isEmpty() || typeOf(field.get().dataType()) != ColumnType.INTEGER
                        && typeOf(field.get().dataType()) != ColumnType.DECIMAL) {
                    throw new RecipeException(s.number(), "partitionColumn", "must name a numeric column of the "
                            + "result; it has " + String.join(", ", raw.fieldNames()));
                }
                Row bounds = base.get().option("query", "SELECT min(" + quote(column) + "), max(" + quote(column)
                        + ") FROM " + source).load().first();
                if (!bounds.isNullAt(0)) {
                    partitions = (int) s.integer("partitions", 4);
                    reader = reader.option("partitionColumn", column) // a plain name (checked); Spark quotes it
                            .option("lowerBound", bound(bounds.get(0))).option("upperBound", bound(bounds.get(1)))
                            .option("numPartitions", partitions);
                }
            }
            Dataset<Row> typed = reader.load();
            StructType schema = typed.schema();
            HeaderNames.Result names = HeaderNames.normalise(Arrays.asList(schema.fieldNames()));
            List<ColumnSpec> specs = new ArrayList<>();
            DataType[] types = new DataType[schema.size()];
            StructType text = new StructType();
            for (int i = 0; i < schema.size(); i++) {
                types[i] = schema.fields()[i].dataType();
                ColumnType t = typeOf(types[i]);
                specs.add(new ColumnSpec(names.names().get(i), t, t == ColumnType.DATE_TIME ? "ISO-8601" : null));
                text = text.add(names.names().get(i), DataTypes.StringType, true);
            }
            Dataset<Row> rows = typed.map((MapFunction<Row, Row>) r -> texts(r, types), Encoders.row(text));
            ColumnsSchema cols = ColumnsSchema.of(specs);
            var count = spark.sparkContext().longAccumulator("jdbc rows");
            Dataset<Row> counted = rows.map((MapFunction<Row, Row>) r -> {
                count.add(1);
                return r;
            }, Encoders.row(text));
            SparkExport.csv(new SparkFrame(counted, cols, EngineSteps.roles(s), null, out), out, () -> true, false);
            Map<String, ColumnType> fetchedTypes = new HashMap<>();
            specs.forEach(c -> fetchedTypes.put(c.name(), c.type()));
            SparkFrame written = SparkImport.read(spark, out, CsvImportOptions.defaults()
                    .withColumnTypes(fetchedTypes), EngineSteps.roles(s));
            String database = url.substring(url.lastIndexOf('/') + 1);
            return new Fetched(written, database, count.value(), specs.size(), partitions);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static Row texts(Row r, DataType[] types) {
        Object[] cells = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            cells[i] = r.isNullAt(i) ? "" : text(r.get(i), types[i]);
        }
        return RowFactory.create(cells);
    }

    /** The desktop's cell text (CellText) of a value read as the desktop's JDBC reader reads it. */
    private static String text(Object v, DataType type) {
        if (type.equals(DataTypes.DoubleType)) {
            return CellText.number((Double) v);
        }
        if (type.equals(DataTypes.TimestampType)) { // timestamptz: an instant, shown in UTC as the desktop does
            Instant t = v instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) v;
            return LocalDateTime.ofInstant(t, ZoneOffset.UTC).toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof BigDecimal b) {
            return CellText.number(b.doubleValue());
        }
        return v.toString();
    }

    private static ColumnType typeOf(DataType t) {
        if (t.equals(DataTypes.IntegerType) || t.equals(DataTypes.LongType) || t.equals(DataTypes.ShortType)
                || t.equals(DataTypes.ByteType)) {
            return ColumnType.INTEGER;
        }
        if (t.equals(DataTypes.DoubleType) || t.equals(DataTypes.FloatType) || t instanceof DecimalType) {
            return ColumnType.DECIMAL;
        }
        if (t.equals(DataTypes.BooleanType)) {
            return ColumnType.BOOLEAN;
        }
        if (t.equals(DataTypes.DateType)) {
            return ColumnType.DATE;
        }
        if (t.equals(DataTypes.TimestampType) || t.equals(DataTypes.TimestampNTZType)) {
            return ColumnType.DATE_TIME;
        }
        return ColumnType.TEXT;
    }

    private static String bound(Object v) {
        return v instanceof Number n ? Long.toString((long) Math.floor(n.doubleValue())) : String.valueOf(v);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String stripSemicolon(String sql) {
        String q = sql.strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return q;
    }
}
