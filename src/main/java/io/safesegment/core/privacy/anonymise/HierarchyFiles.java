package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes ARX's hierarchy files: UTF-8 text, one line per original value, levels as {@code ;}-separated
 * columns ({@code 39;35-39;30-39;*}). A field holding {@code ;}, {@code "} or a line break is quoted with {@code "}
 * and inner quotes doubled, as ARX's CSV writer does; blank lines are ignored.
 */
public final class HierarchyFiles {
    /** ARX's separator. */
    public static final char SEPARATOR = ';';

    private HierarchyFiles() {
    }

    /**
     * Reads and checks a hierarchy file.
     *
     * @throws HierarchyException naming the file when it cannot be read or is malformed
     */
    public static Hierarchy read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HierarchyException(Message.of("anonymise.hierarchyFiles.hierarchyFile", file, e.getClass().getSimpleName()));
        }
        return Hierarchy.of(parse(text, file.toString()), file.toString());
    }

    /** Writes {@code hierarchy} to {@code file} atomically (temp file + move). */
    public static void write(Hierarchy hierarchy, Path file) throws IOException {
        AtomicFiles.writeString(file, format(hierarchy), false);
    }

    /** The file text of {@code hierarchy}. */
    public static String format(Hierarchy hierarchy) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : hierarchy.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(SEPARATOR);
                }
                sb.append(quoted(row.get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String quoted(String field) {
        if (field.indexOf(SEPARATOR) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Splits hierarchy text into rows of fields. */
    static List<List<String>> parse(String text, String source) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == SEPARATOR) {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, fieldStarted);
                row = new ArrayList<>();
                fieldStarted = false;
                line++;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new HierarchyException(Message.of("anonymise.hierarchyFiles.hierarchy", source, line));
        }
        endRow(rows, row, field, fieldStarted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started) {
        if (started || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        field.setLength(0);
    }
}
