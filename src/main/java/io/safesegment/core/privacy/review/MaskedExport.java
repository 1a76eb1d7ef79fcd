package io.safesegment.core.privacy.review;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.data.DataExportException;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import java.io.IOException;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * Writes a masked table (CSV, TSV, Excel or JSON by extension, with spreadsheet formulas neutralised), but only after the {@link LeakScanner} has found no surviving personal data: a
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
     * @param dataset the masked workspace dataset registered with the export, or null (blocked, or no workspace)
     */
    public record Outcome(LeakReport leaks, Path target, int rows, Dataset dataset) {
        /** An outcome without a registered dataset. */
        public Outcome(LeakReport leaks, Path target, int rows) {
            this(leaks, target, rows, null);
        }

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
        return export(table, policy, keys, input, target, null, progress);
    }

    /**
     * Masks, scans and writes like {@link #export(Table, MaskingPolicy, KeyMaterial, Path, Path, Progress)}, and
     * when written and {@code lineage} is given also keeps the masked table as a workspace dataset (kind
     * {@code masked}, parent: the source dataset), named after the export file.
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 MaskedDatasets.Lineage lineage, Progress progress) throws IOException {
        if (input != null) {
            AtomicFiles.requireNotSameFile(input, target);
        }
        MaskResult mask = MaskingEngine.apply(table, policy, keys, progress.slice(0, 0.5));
        LeakReport leaks = LeakScanner.scan(table, mask.masked(), policy.roles(), progress.slice(0.5, 0.8));
        if (leaks.blocked()) {
            return new Outcome(leaks, null, 0);
        }
        progress.update(0.8, "Writing " + target.getFileName());
        try {
            // The data module's exporter: format from the extension, spreadsheet formulas neutralised, atomic write.
            TableExport.write(mask.masked(), target, ExportOptions.defaults().withInput(input), progress.slice(0.8, 1));
        } catch (DataExportException e) {
            throw new IOException(e.getMessage(), e);
        }
        Dataset dataset = null;
        if (lineage != null) {
            dataset = MaskedDatasets.register(lineage, target.getFileName().toString(), mask.masked(), policy,
                    target.getFileName().toString(), Progress.NONE);
        }
        progress.update(1, "Export complete");
        return new Outcome(leaks, target, mask.masked().rowCount(), dataset);
    }
}
