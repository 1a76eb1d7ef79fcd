package io.safesegment.core.data.io;

import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.Locale;

/** Imports any supported file, choosing the reader by extension: .xlsx, .json/.jsonl/.ndjson, else delimited text. */
public final class TableImport {
    private TableImport() {
    }

    /** Loads {@code file}; CSV options apply to delimited text, declared column types to every format. */
    public static ImportResult load(Path file, CsvImportOptions options, Progress progress) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return ExcelImport.load(file, options.columnTypes(), progress);
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JsonImport.load(file, options.columnTypes(), progress);
        }
        return CsvImport.load(file, options, progress);
    }
}
