package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Writes a frame as the desktop engine does. CSV and TSV: executors format the lines exactly like
 * {@code TableExport} (UTF-8, CRLF, the delimiter's quoting, spreadsheet formulas in text columns neutralised with
 * {@code '}) into part files beside the target; the driver then streams them, in partition order, behind the header
 * into one file moved into place atomically. Parquet: Spark's own writer, typed columns, a folder of part files.
 * (XLSX and JSON: {@link DriverTableExport}, the desktop's writer on the driver.)
 */
final class SparkExport {
    private SparkExport() {
    }

    static long csv(SparkFrame frame, Path out) throws IOException {
        return csv(frame, out, () -> true);
    }

    /**
     * Writes {@code frame} to {@code out} when {@code release} (asked after the Spark job, before the merge) says
     * so; returns -1 and writes nothing otherwise (the parts are deleted).
     */
    static long csv(SparkFrame frame, Path out, java.util.function.BooleanSupplier release) throws IOException {
        return csv(frame, out, release, true);
    }

    /** As above; {@code neutralise} false writes text cells as they are (an intermediate file, as the desktop's). */
    static long csv(SparkFrame frame, Path out, java.util.function.BooleanSupplier release, boolean neutralise)
            throws IOException {
        return delimited(frame, out, release, neutralise, ',');
    }

    /** A TSV export as the desktop's: CSV's rules with a tab as the delimiter (a field holding a tab is quoted). */
    static long tsv(SparkFrame frame, Path out) throws IOException {
        return delimited(frame, out, () -> true, true, '\t');
    }

    private static long delimited(SparkFrame frame, Path out, java.util.function.BooleanSupplier release,
                                  boolean neutralise, char delimiter) throws IOException {
        ColumnsSchema schema = frame.schema();
        Path parts = out.resolveSibling("." + out.getFileName() + ".spark-" + UUID.randomUUID());
        try {
            frame.rows().map((MapFunction<Row, String>) row -> line(row, schema, neutralise, delimiter),
                            Encoders.STRING())
                    .write().option("lineSep", "\r\n").text(parts.toString());
            if (!release.getAsBoolean()) {
                return -1;
            }
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < schema.size(); c++) {
                if (c > 0) {
                    header.append(delimiter);
                }
                String name = schema.names()[c];
                appendField(header, neutralise && CellText.isFormulaLike(name) ? "'" + name : name, delimiter);
            }
            header.append("\r\n");
            List<Path> files;
            try (Stream<Path> s = Files.list(parts)) {
                files = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted(Comparator
                        .comparing(p -> p.getFileName().toString())).toList();
            }
            long[] bytes = new long[1];
            AtomicFiles.write(out, false, o -> {
                o.write(header.toString().getBytes(StandardCharsets.UTF_8));
                for (Path p : files) {
                    bytes[0] += Files.copy(p, o);
                }
            });
            return bytes[0];
        } finally {
            deleteTree(parts);
        }
    }

    static void parquet(SparkFrame frame, Path out) {
        ColumnsSchema schema = frame.schema();
        List<Column> typed = new ArrayList<>();
        for (int c = 0; c < schema.size(); c++) {
            String name = schema.names()[c];
            Column col = functions.when(functions.col(name).equalTo(""), functions.lit(null))
                    .otherwise(functions.col(name));
            typed.add(col.cast(sparkType(schema.types()[c])).as(name));
        }
        frame.rows().select(typed.toArray(Column[]::new)).write().mode("errorifexists").parquet(out.toString());
    }

    private static DataType sparkType(ColumnType type) {
        return switch (type) {
            case INTEGER -> DataTypes.LongType;
            case DECIMAL -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case DATE_TIME -> DataTypes.TimestampType;
            default -> DataTypes.StringType;
        };
    }

    private static String line(Row row, ColumnsSchema schema, boolean neutralise, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < schema.size(); c++) {
            if (c > 0) {
                sb.append(delimiter);
            }
            Object cell = row.get(c);
            String v = cell == null ? "" : cell.toString();
            if (neutralise && schema.isText(c) && CellText.isFormulaLike(v)) {
                v = "'" + v;
            }
            appendField(sb, v, delimiter);
        }
        return sb.toString();
    }

    /** TableExport's quoting: quote a field holding the delimiter, a quote or a line break, or edge spaces. */
    private static void appendField(StringBuilder sb, String v, char delimiter) {
        boolean quote = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote && !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ')) {
            quote = true;
        }
        if (!quote) {
            sb.append(v);
            return;
        }
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the temporary folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
