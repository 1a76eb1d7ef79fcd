package io.safesegment.core.privacy.review;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.DataExportException;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargetMeasure;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * Writes a masked table (CSV, TSV, Excel or JSON by extension, with spreadsheet formulas neutralised), but only after the {@link LeakScanner} has found no surviving personal data: a
 * blocked export writes nothing at all, unless a privacy officer overrides it with a reason ({@link LeakOverride}). The file is written atomically and never over the input.
 */
public final class MaskedExport {
    private static final Logger LOG = LoggerFactory.getLogger(MaskedExport.class);

    private MaskedExport() {
    }

    /**
     * The outcome of an export.
     *
     * @param leaks    the leak scan (blocked when it found survivors)
     * @param target   the file written, or null when blocked
     * @param rows     rows written (0 when blocked)
     * @param override the privacy officer's override when the export was written despite the leak scan, else null
     * @param dataset  the masked workspace dataset registered with the export, or null (blocked, or no workspace)
     * @param risk     the output measured against the policy's risk targets, or null when the policy has none
     * @param riskOverride the officer's override when written although a risk target was missed, else null
     */
    public record Outcome(LeakReport leaks, Path target, int rows, LeakOverride override, Dataset dataset,
                          RiskTargetCheck risk, RiskOverride riskOverride) {
        /** An outcome without override or registered dataset. */
        public Outcome(LeakReport leaks, Path target, int rows) {
            this(leaks, target, rows, null, null, null, null);
        }

        /** An outcome of a policy without risk targets. */
        public Outcome(LeakReport leaks, Path target, int rows, LeakOverride override, Dataset dataset) {
            this(leaks, target, rows, override, dataset, null, null);
        }

        /** Whether the export was refused (by the leak scan or a missed risk target, not overridden). */
        public boolean blocked() {
            return blockedByLeaks() || blockedByRisk();
        }

        /** Whether the leak scan found survivors and nobody overrode it. */
        public boolean blockedByLeaks() {
            return leaks.blocked() && override == null;
        }

        /** Whether the measured risk misses a policy target and nobody overrode it. */
        public boolean blockedByRisk() {
            return risk != null && !risk.met() && riskOverride == null;
        }

        /** Whether the export was written despite the leak scan. */
        public boolean overridden() {
            return override != null;
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
        return export(table, policy, keys, input, target, null, null, progress);
    }

    /**
     * Masks, scans and writes like {@link #export(Table, MaskingPolicy, KeyMaterial, Path, Path, Progress)}, and
     * when written and {@code lineage} is given also keeps the masked table as a workspace dataset (kind
     * {@code masked}, parent: the source dataset), named after the export file.
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 MaskedDatasets.Lineage lineage, Progress progress) throws IOException {
        return export(table, policy, keys, input, target, null, lineage, progress);
    }

    /**
     * Like {@link #export(Table, MaskingPolicy, KeyMaterial, Path, Path, Progress)}, but when {@code overrideReason}
     * is given a blocked export is written anyway ("Export anyway"): the override (reason, user, time, leak summary
     * without values) is returned in the outcome and written beside the export ({@link LeakOverride#fileBeside}).
     * A reason given for a clean export is not recorded, since nothing was overridden.
     *
     * @param overrideReason the privacy officer's typed reason, or null for the normal, blocking export
     * @throws IllegalArgumentException when {@code overrideReason} is given but blank (checked before any work)
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 String overrideReason, Progress progress) throws IOException {
        return export(table, policy, keys, input, target, overrideReason, null, progress);
    }

    /**
     * The full export: masks, scans, writes (or refuses), records an override beside the file and, with a
     * {@code lineage}, registers the masked dataset — the override (reason, user, time, leak summary) then becomes
     * part of that dataset's lineage step, so it is kept with the data, not only beside one file.
     *
     * @param overrideReason the privacy officer's typed reason, or null for the normal, blocking export
     * @param lineage        where the table comes from in the workspace, or null to register nothing
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 String overrideReason, MaskedDatasets.Lineage lineage, Progress progress)
            throws IOException {
        return export(table, policy, keys, input, target, overrideReason, null, lineage, progress);
    }

    /**
     * The full export with the policy's risk targets: also measures the masked output against
     * {@link MaskingPolicy#riskTargets()} and writes nothing when a target is missed, unless
     * {@code riskOverrideReason} is given (kept in the outcome and the lineage step, see {@link RiskOverride}).
     *
     * @param riskOverrideReason the privacy officer's typed reason for exporting despite missed risk targets, or null
     */
    public static Outcome export(Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target,
                                 String overrideReason, String riskOverrideReason, MaskedDatasets.Lineage lineage,
                                 Progress progress) throws IOException {
        if (overrideReason != null) {
            LeakOverride.requireReason(overrideReason);
        }
        if (riskOverrideReason != null) {
            RiskOverride.requireReason(riskOverrideReason);
        }
        if (input != null) {
            AtomicFiles.requireNotSameFile(input, target);
        }
        // Noise rules spend differential-privacy budget: the GUI export is charged like `mask --workspace`, keyed by
        // the source dataset's name (an import is named after its file, so both front ends share one budget).
        PrivacyCost cost = PrivacyCost.of(policy);
        String datasetKey = lineage != null && lineage.source() != null ? lineage.source().name()
                : input != null ? input.getFileName().toString() : table.name();
        PrivacyBudgetLedger ledger = null;
        if (!cost.isZero()) {
            if (lineage == null) {
                throw new PolicyException(Message.of("review.maskedExport.noiseRulesNeedA"));
            }
            ledger = PrivacyBudgetLedger.in(lineage.catalog().workspace().directory());
            ledger.requireAffordable(datasetKey, cost);
        }
        MaskResult mask = MaskingEngine.apply(table, policy, keys, datasetKey, progress.slice(0, 0.5));
        LeakReport leaks = LeakScanner.scan(table, mask.masked(), policy.roles(),
                LeakScanner.keyedColumns(mask.outcomes()), progress.slice(0.5, 0.8));
        RiskTargetCheck risk = policy.riskTargets() == null ? null
                : RiskTargetMeasure.check(mask.masked(), policy.roles(), policy.riskTargets());
        RiskOverride riskOverride = risk != null && !risk.met() && riskOverrideReason != null
                ? RiskOverride.of(riskOverrideReason, policy, risk) : null;
        LeakOverride override = null;
        if (leaks.blocked() && overrideReason != null) {
            override = LeakOverride.of(overrideReason, policy, leaks);
        }
        if ((leaks.blocked() && override == null) || (risk != null && !risk.met() && riskOverride == null)) {
            return new Outcome(leaks, null, 0, null, null, risk, null);
        }
        if (override != null) {
            LOG.warn("Export {} written despite the leak scan by {}: {}", target.getFileName(), override.user(),
                    leaks.summary());
        }
        if (riskOverride != null) {
            LOG.warn("Export {} written despite missed risk targets by {}: {}", target.getFileName(),
                    riskOverride.user(), risk.summary().english());
        }
        if (ledger != null) {
            // charged before writing: if another run spent the budget meanwhile, nothing is released
            ledger.charge(datasetKey, cost, policy.id(), policy.revision());
        }
        progress.report(0.8, Message.of("progress.maskedexport.writing", target.getFileName().toString()));
        try {
            // The data module's exporter: format from the extension, spreadsheet formulas neutralised, atomic write.
            TableExport.write(mask.masked(), target, ExportOptions.defaults().withInput(input), progress.slice(0.8, 1));
        } catch (DataExportException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (override != null) {
            override.writeBeside(target);
        }
        Dataset dataset = null;
        if (lineage != null) {
            dataset = MaskedDatasets.register(lineage, target.getFileName().toString(), mask.masked(), policy,
                    target.getFileName().toString(), override, riskOverride, Progress.NONE);
        }
        progress.report(1, Message.of("progress.maskedexport.done"));
        return new Outcome(leaks, target, mask.masked().rowCount(), override, dataset, risk, riskOverride);
    }
}
