package io.safesegment.core.data.dataset;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataExportException;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Loads a workspace dataset with its recorded column types, and writes one out to a file outside the workspace's
 * own dataset files: atomically, with spreadsheet formulas neutralised ({@link TableExport}), never over the
 * dataset's file or any other dataset's file, and over an existing file only when asked to.
 */
public final class DatasetExport {
    private DatasetExport() {
    }

    /** Loads {@code dataset}, declaring the column types recorded in its schema (a text postcode stays text). */
    public static Table load(Dataset dataset, Progress progress) {
        if (!Files.isRegularFile(dataset.file())) {
            throw new LocalizedArgumentException(Message.of("export.error.datasetMissing", dataset.name(),
                    String.valueOf(dataset.file())));
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        dataset.columns().forEach(c -> types.put(c.name(), c.type()));
        Table table = TableImport.load(dataset.file(), CsvImportOptions.defaults().withColumnTypes(types), progress)
                .table();
        table.setName(dataset.name());
        return table;
    }

    /**
     * Writes {@code dataset} to {@code output}.
     *
     * @param format    the format, or null to take it from the file name
     * @param overwrite whether an existing {@code output} may be replaced (never a dataset's own file)
     * @throws DataExportException naming the file when it exists (without {@code overwrite}), belongs to a dataset
     *                             of the workspace, or cannot be written
     */
    public static ExportResult export(DatasetCatalog catalog, Dataset dataset, Path output, ExportFormat format,
                                      boolean overwrite, Progress progress) {
        for (Dataset d : catalog.list()) {
            if (sameFile(d.file(), output)) {
                throw new DataExportException(Message.of("export.error.datasetFile",
                        output.toString(), d.name()), null);
            }
        }
        if (Files.exists(output) && !overwrite) {
            throw new DataExportException(Message.of("export.error.exists",
                    output.toString()), null);
        }
        Table table = load(dataset, progress.slice(0, 0.5));
        return TableExport.write(table, output, ExportOptions.defaults().withFormat(format)
                .withInput(dataset.file()), progress.slice(0.5, 1));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b)) {
                return true;
            }
        } catch (IOException e) {
            return true; // cannot tell: do not risk it
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
