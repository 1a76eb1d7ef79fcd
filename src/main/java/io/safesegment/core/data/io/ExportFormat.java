package io.safesegment.core.data.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File formats tables can be written to. */
public enum ExportFormat {
    /** Comma-separated, UTF-8. */
    CSV,
    /** Tab-separated, UTF-8. */
    TSV,
    /** Excel workbook (one sheet). */
    XLSX,
    /** JSON array of objects. */
    JSON;

    /** The format implied by a file name's extension, if any. */
    public static Optional<ExportFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
