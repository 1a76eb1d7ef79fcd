package io.safesegment.core.data.samples;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a generated CSV file with an independent parser; empty fields come back as empty strings. */
final class SampleCsv {
    private SampleCsv() {
    }

    /** All data rows (the header is skipped). */
    static List<String[]> rows(Path file) throws IOException {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setMaxCharsPerColumn(10_000);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CsvParser(settings).parseAll(reader);
        }
    }

    /** The header line split on commas (headers never need quoting). */
    static List<String> header(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return List.of(lines.findFirst().orElseThrow().split(","));
        }
    }
}
