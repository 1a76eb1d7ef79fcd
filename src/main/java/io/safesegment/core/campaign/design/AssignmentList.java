package io.safesegment.core.campaign.design;

import io.safesegment.core.data.io.CellText;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the assignment list {@code customer_id,arm,channel} (RFC 4180, UTF-8, cells that a spreadsheet would run as
 * a formula prefixed with an apostrophe) atomically. Its {@code arm} column is what {@code abtest} reads back.
 */
public final class AssignmentList {
    private AssignmentList() {
    }

    /** Writes {@code assignment} to {@code out}. */
    public static void write(Path out, Map<String, String> assignment, String channel) throws IOException {
        AtomicFiles.write(out, false, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write("customer_id,arm,channel\r\n");
            for (Map.Entry<String, String> e : assignment.entrySet()) {
                w.write(cell(e.getKey()) + "," + cell(e.getValue()) + "," + cell(channel) + "\r\n");
            }
            w.flush();
        });
    }

    static String cell(String text) {
        String s = CellText.isFormulaLike(text) ? "'" + text : text;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
