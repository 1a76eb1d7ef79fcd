package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Keeps a table made inside the application (a join result, a PostgreSQL import) as a dataset of the workspace: it
 * is written as UTF-8 CSV into the workspace's {@code data/} folder (atomically, formulas left as they are since the
 * file is read back by SafeSegment, not by a spreadsheet) and registered under its name, so it survives reopening.
 * The column types are returned so the caller can record them and the reload does not re-infer them (a text
 * postcode stays text).
 */
public final class WorkspaceDatasets {
    private WorkspaceDatasets() {
    }

    /**
     * Writes and registers {@code table} as dataset {@code name}; an existing dataset of that name is replaced,
     * its file is never overwritten (a new file name is picked).
     *
     * @return the written file and the column types to declare when it is loaded again
     */
    public static SavedDataset save(Workspace workspace, String name, Table table, Progress progress) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(table, "table");
        if (name == null || name.isBlank()) {
            throw new LocalizedArgumentException(Message.of("io.workspaceDatasets.aWorkspaceDatasetNeeds"));
        }
        Path file = freeFile(workspace.dataDirectory(), name);
        TableExport.write(table, file, ExportOptions.defaults().withFormat(ExportFormat.CSV)
                .withNeutraliseFormulas(false), progress);
        workspace.registerDataset(name, file, "csv");
        return new SavedDataset(file, columnTypes(table));
    }

    /** The logical type of each column of {@code table}, as an import would declare it. */
    public static Map<String, ColumnType> columnTypes(Table table) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column<?> column : table.columns()) {
            types.put(column.name(), switch (column.type().name()) {
                case "INTEGER", "LONG", "SHORT" -> ColumnType.INTEGER;
                case "DOUBLE", "FLOAT" -> ColumnType.DECIMAL;
                case "BOOLEAN" -> ColumnType.BOOLEAN;
                case "LOCAL_DATE" -> ColumnType.DATE;
                case "LOCAL_DATE_TIME", "INSTANT" -> ColumnType.DATE_TIME;
                default -> ColumnType.TEXT;
            });
        }
        return types;
    }

    /** A file name derived from {@code name} in {@code directory} that does not exist yet (always {@code .csv}). */
    public static Path freeFile(Path directory, String name) {
        String base = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "_")
                .replaceAll("^[._]+|_+$", "");
        if (base.isEmpty()) {
            base = "dataset";
        }
        Path file = directory.resolve(base + ".csv");
        for (int i = 2; Files.exists(file); i++) {
            file = directory.resolve(base + "-" + i + ".csv");
        }
        return file;
    }

    /**
     * A table kept in the workspace.
     *
     * @param file        the CSV written into the workspace's data folder
     * @param columnTypes the types to declare when loading it again
     */
    public record SavedDataset(Path file, Map<String, ColumnType> columnTypes) {
        /** Copies the map. */
        public SavedDataset {
            Objects.requireNonNull(file, "file");
            columnTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
        }
    }
}
