package io.safesegment.core.recommend.data;

import io.safesegment.core.data.io.CsvRecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Shared helpers for the comma-separated inputs (transactions, products, segment maps). */
final class Csv {
    private Csv() {
    }

    static BufferedReader open(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecommendDataException("Cannot read " + file + ": " + e.getMessage()
                    + ". Check that the file exists and is readable.", e);
        }
    }

    static CsvRecordReader reader(BufferedReader in, Path file) {
        return new CsvRecordReader(in, file.getFileName().toString(), ',', '"', 1 << 20);
    }

    /** Index of the header column named {@code name} (case-insensitive), or throws naming the file. */
    static int column(CsvRecordReader r, Path file, String name, boolean required) {
        for (int k = 0; k < r.fieldCount(); k++) {
            if (r.field(k).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        if (required) {
            throw new RecommendDataException(file + " line 1: no column '" + name
                    + "' in the header. Use a file with the columns described in sample-datasets/README.md.");
        }
        return -1;
    }

    static float number(CsvRecordReader r, Path file, int col) {
        String s = r.field(col);
        float value;
        try {
            value = Float.parseFloat(s.trim());
        } catch (NumberFormatException e) {
            throw new RecommendDataException(file + " line " + r.recordLine() + " column " + (col + 1)
                    + ": expected a number. Fix or remove that row.", e);
        }
        if (!Float.isFinite(value)) {
            // A NaN or infinite weight would spread through every score and metric as silent garbage.
            throw new RecommendDataException(file + " line " + r.recordLine() + " column " + (col + 1)
                    + ": the value is not a finite number (NaN, Infinity or beyond ±3.4e38). Fix or remove that row.");
        }
        return value;
    }
}
