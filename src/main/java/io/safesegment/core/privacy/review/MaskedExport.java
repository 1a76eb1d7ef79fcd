package io.safesegment.core.privacy.review;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
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
        // The flow itself lives in the privacy service, shared with the CLI and recipe replay.
        PrivacyService.TableMaskOutcome o = PrivacyService.maskTable(table, policy, keys, input, target, progress);
        return new Outcome(o.leaks(), o.target(), o.rows());
    }
}
