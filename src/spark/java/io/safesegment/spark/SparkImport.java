package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.CsvPreview;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads an import step's file as Spark rows. CSV: the desktop importer's own detection (encoding, delimiter, header,
 * column types from the start of the file, {@code options.columnTypes} overrides) decides the format and types;
 * Spark reads the file split across executors with every column as text. Parquet (a file or a folder): types from
 * the Parquet schema.
 */
final class SparkImport {
    private SparkImport() {
    }

    static SparkFrame read(SparkSession spark, Path file, CsvImportOptions options, RoleMapping roles) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet") || java.nio.file.Files.isDirectory(file)) {
            return parquet(spark, file, roles);
        }
        CsvPreview preview = CsvImport.preview(file, options);
        if (preview.format().decimalSeparator() != '.') {
            throw new IllegalArgumentException(file.getFileName() + ": the Spark engine reads decimal points only; "
                    + "convert the file or run it with --engine desktop");
        }
        List<ColumnSpec> specs = preview.columns();
        List<StructField> fields = new ArrayList<>();
        for (ColumnSpec c : specs) {
            fields.add(DataTypes.createStructField(c.name(), DataTypes.StringType, true));
        }
        Dataset<Row> rows = spark.read()
                .option("header", String.valueOf(preview.format().header()))
                .option("sep", String.valueOf(preview.format().delimiter()))
                .option("quote", String.valueOf(preview.format().quote()))
                .option("escape", String.valueOf(preview.format().quote()))
                .option("encoding", preview.format().encoding())
                .option("mode", "FAILFAST")
                .schema(DataTypes.createStructType(fields))
                .csv(file.toString());
        return new SparkFrame(rows, ColumnsSchema.of(specs, options.missingValues()), roles, null, file);
    }

    private static SparkFrame parquet(SparkSession spark, Path file, RoleMapping roles) {
        Dataset<Row> raw = spark.read().parquet(file.toString());
        StructType schema = raw.schema();
        List<ColumnSpec> specs = new ArrayList<>();
        List<Column> texts = new ArrayList<>();
        for (StructField f : schema.fields()) {
            ColumnType type = typeOf(f.dataType());
            specs.add(new ColumnSpec(f.name(), type, type == ColumnType.DATE ? "yyyy-MM-dd"
                    : type == ColumnType.DATE_TIME ? "yyyy-MM-dd HH:mm:ss" : null));
            texts.add(functions.col(f.name()).cast(DataTypes.StringType).as(f.name()));
        }
        return new SparkFrame(raw.select(texts.toArray(Column[]::new)), ColumnsSchema.of(specs), roles, null, file);
    }

    private static ColumnType typeOf(DataType t) {
        if (t.equals(DataTypes.IntegerType) || t.equals(DataTypes.LongType) || t.equals(DataTypes.ShortType)
                || t.equals(DataTypes.ByteType)) {
            return ColumnType.INTEGER;
        }
        if (t.equals(DataTypes.DoubleType) || t.equals(DataTypes.FloatType)
                || t instanceof org.apache.spark.sql.types.DecimalType) {
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
}
