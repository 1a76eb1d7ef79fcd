package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tech.tablesaw.api.Table;

/**
 * XLSX and JSON exports on the driver, with the desktop's own code: the desktop's export step reads its input file
 * with the input's read options and hands the table to {@code TableExport}; here the driver does exactly that with
 * the file the earlier Spark step wrote (or imported), so cell types, number formatting, formula neutralisation,
 * sheet name and the XLSX row limit are the desktop's. Neither format is split into parts (a workbook is one zip,
 * a JSON array one document), and XLSX holds at most 1,048,575 rows anyway; the driver needs the desktop's memory for
 * the table (docs/spark.md, "Sizing").
 */
final class DriverTableExport {
    private DriverTableExport() {
    }

    /** Whether {@code format} is written here rather than by the executors. */
    static boolean runs(ExportFormat format) {
        return format == ExportFormat.XLSX || format == ExportFormat.JSON;
    }

    /**
     * Writes {@code in} to {@code out} in {@code format} as the desktop's export step would.
     *
     * @param read how the desktop reads the input's file (an import step's options; the fetched types of a
     *             {@code postgres} step; else the defaults of a written intermediate file)
     */
    static ExportResult write(SparkFrame in, CsvImportOptions read, Path out, ExportFormat format) throws IOException {
        Path file = in.file();
        CsvImportOptions options = read;
        Path temp = null;
        try {
            if (file == null || Files.isDirectory(file)
                    || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                // Parquet (a Spark folder) has no desktop reader: the frame's cell texts as an intermediate CSV,
                // read back with the frame's own column types
                temp = out.resolveSibling("." + out.getFileName() + ".spark-" + UUID.randomUUID() + ".csv");
                SparkExport.csv(in, temp, () -> true, false);
                options = CsvImportOptions.defaults().withColumnTypes(types(in.schema()));
            }
            Table table = DatasetService.importFile(temp != null ? temp : file, options, Progress.NONE).table();
            if (temp != null) {
                table.setName(file == null ? "data" : file.getFileName().toString()); // the sheet's name
            }
            ExportOptions export = ExportOptions.defaults().withFormat(format);
            if (file != null) {
                export = export.withInput(file); // never over the input, as on the desktop
            }
            return TableExport.write(table, out, export, Progress.NONE);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static Map<String, ColumnType> types(ColumnsSchema schema) {
        Map<String, ColumnType> m = new HashMap<>();
        for (int i = 0; i < schema.size(); i++) {
            m.put(schema.names()[i], schema.types()[i]);
        }
        return m;
    }
}
