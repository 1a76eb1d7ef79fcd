package io.safesegment.core.recommend.data;

import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;

/** Shared helpers for the comma-separated inputs (transactions, products, segment maps). */
final class Csv {
    private Csv() {
    }

    static BufferedReader open(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("data.csv.cannotRead", file, LocalizedMessage.of(e)), e);
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
            throw new RecommendDataException(Message.of("data.csv.line1NoColumn", file, name));
        }
        return -1;
    }

    /** The header row's column names, trimmed. */
    static List<String> header(CsvRecordReader r) {
        List<String> names = new ArrayList<>(r.fieldCount());
        for (int k = 0; k < r.fieldCount(); k++) {
            names.add(r.field(k).trim());
        }
        return names;
    }

    /**
     * Index of the column playing {@code role} in {@code header}, or -1 when it is optional and unmapped; throws
     * naming the file and how to map the role otherwise.
     */
    static int column(List<String> header, RoleMapping roles, SemanticRole role, Path file, String what,
                      boolean required) {
        String name = roles.column(role).orElse(null);
        if (name == null) {
            if (required) {
                throw new RecommendDataException(Message.of("data.csv.line1", file, what, role.cliName(), role.cliName(), String.join(", ", header)));
            }
            return -1;
        }
        int k = header.indexOf(name);
        if (k < 0) {
            throw new RecommendDataException(Message.of("data.csv.line1NoColumn2", file, name, role.cliName(), String.join(", ", header)));
        }
        return k;
    }

    /** True when a numeric field is negative (a return line), without parsing it. */
    static boolean isNegative(String field) {
        String s = field.trim();
        return s.startsWith("-") && s.length() > 1;
    }

    static float number(CsvRecordReader r, Path file, int col) {
        return number(r.field(col), file, r.recordLine(), col);
    }

    static float number(String s, Object file, long line, int col) {
        float value;
        try {
            value = Float.parseFloat(s.trim());
        } catch (NumberFormatException e) {
            throw new RecommendDataException(Message.of("data.csv.line", file, line, col + 1), e);
        }
        if (!Float.isFinite(value)) {
            // A NaN or infinite weight would spread through every score and metric as silent garbage.
            throw new RecommendDataException(Message.of("data.csv.line2", file, line, col + 1));
        }
        return value;
    }
}
