package io.safesegment.core.privacy.review;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * Writes a masked table as CSV, but only after the {@link LeakScanner} has found no surviving personal data: a
 * blocked export writes nothing at all. The file is written atomically and never over the input.
 */
public final class MaskedExport {
    private MaskedExport() {
    }

    /**
     * The outcome of an export.
     *
     * @param leaks   the leak scan (blocked when it found survivors)
     * @param target  the file written, or null when blocked
     * @param rows    rows written (0 when blocked)
     */
    public record Outcome(LeakReport leaks, Path target, int rows) {
        /** Whether the export was refused. */
        public boolean blocked() {
            return leaks.blocked();
        }
    }

    /**
     * Masks {@code table} with {@code policy}, scans for leaks and writes the CSV when clean.
     *
     * @param input  the file the table was read from (the export refuses to replace it), or null
     * @throws IOException naming the file when it cannot be written
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 Progress progress) throws IOException {
        if (input != null) {
            AtomicFiles.requireNotSameFile(input, target);
        }
        MaskResult mask = MaskingEngine.apply(table, policy, keys, progress.slice(0, 0.5));
        LeakReport leaks = LeakScanner.scan(table, mask.masked(), policy.roles(), progress.slice(0.5, 0.8));
        if (leaks.blocked()) {
            return new Outcome(leaks, null, 0);
        }
        progress.update(0.8, "Writing " + target.getFileName());
        AtomicFiles.write(target, true, out -> {
            // Tablesaw closes the writer it is given; the atomic writer must close its own stream after fsync.
            Writer writer = new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8);
            mask.masked().write().csv(writer);
            writer.flush();
        });
        progress.update(1, "Export complete");
        return new Outcome(leaks, target, mask.masked().rowCount());
    }

    /** Passes writes through and turns close into flush. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
