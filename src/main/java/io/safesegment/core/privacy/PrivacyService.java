package io.safesegment.core.privacy;

import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.DerivedDatasets;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedUncheckedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.anonymise.AnonymisationPolicy;
import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Anonymiser;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.HierarchyFiles;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.mask.VaultKeyMaterial;
import io.safesegment.core.privacy.policy.PolicySuggester;
import io.safesegment.core.privacy.policy.Reidentifier;
import io.safesegment.core.privacy.risk.RiskAnalyzer;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.workspace.Workspace;
import java.util.LinkedHashMap;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.review.LeakOverride;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Alerts;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.privacy.policy.BudgetStatus;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.MaskResult;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PolicyFinding;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargetMeasure;
import io.safesegment.core.privacy.review.StoredRiskTargets;
import io.safesegment.core.privacy.policy.RiskTargets;
import io.safesegment.core.privacy.review.RiskOverride;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * The one place the masking flow is orchestrated: load a policy (from a file or from the workspace's policy store),
 * validate it, check the privacy budget, load the data, mask, leak-scan, charge the budget and write the export.
 * The CLI {@code mask} command and recipe replay call it; both see the same refusals in the same order.
 *
 * <p>The flow is split into {@link #plan} (reads only the policy: cheap, used by recipe validation and to decide
 * which keys are needed before a vault is opened) and {@link #mask} (does the work).
 */
public final class PrivacyService {
    /** Folder of the workspace that holds saved policies ({@code *.policy.json}). */
    public static final String POLICY_FOLDER = "policies";
    /**
     * Sub-folder of {@value #POLICY_FOLDER} that keeps every applied revision as {@code <id>/r<N>.policy.json}, so a
     * recipe that names an older revision still replays after later edits overwrote the current file.
     */
    public static final String HISTORY_FOLDER = "history";
    /** Why a plan with noise rules or budget changes cannot run without a workspace. */
    public static final String NEEDS_WORKSPACE = "noise rules and privacy budgets need --workspace: the noise is "
            + "keyed from its vault and the budget of every dataset is kept there";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

    private PrivacyService() {
    }

    /**
     * What to mask and where to write it.
     *
     * @param input          the data file to mask, or null when {@code sourceDataset} names a workspace dataset
     * @param importOptions  how to read it
     * @param policyFile     the policy JSON file
     * @param output         the export file (format from the extension); never the input
     * @param datasetId      id that keys the noise and names the privacy budget (default: the input file name, or
     *                       the source dataset's name or id as given)
     * @param allowResidual  write even when the leak scan finds surviving personal data (logged)
     * @param workspace      workspace folder holding the privacy budget, or null (then noise rules are refused)
     * @param epsilonTotal   new total ε budget of the dataset, or null to keep it
     * @param deltaTotal     new total δ budget of the dataset, or null to keep it
     * @param sourceDataset  name or id of the workspace dataset to mask instead of an input file, or null
     * @param residualReason why an export blocked by the leak scan may leave anyway; with {@code allowResidual}
     *                       the override (reason, user, time, leak summary) is written beside the export and kept in
     *                       the lineage; null for a logged override without record (recipe replay)
     * @param keepLineage    keep the masked output as a 'masked' dataset of the workspace, child of the source
     *                       dataset (an input file not yet in the workspace is imported first)
     * @param riskOverrideReason why the export may leave although its measured risk misses the policy's risk
     *                       targets (a privacy officer's decision, kept in the lineage and the audit trail), or null
     *                       to block such an export
     */
    public record MaskOptions(Path input, CsvImportOptions importOptions, Path policyFile, Path output,
                              String datasetId, boolean allowResidual, Path workspace, Double epsilonTotal,
                              Double deltaTotal, String sourceDataset, String residualReason, boolean keepLineage,
                              String riskOverrideReason) {
        public MaskOptions {
            if (riskOverrideReason != null) {
                riskOverrideReason = RiskOverride.requireReason(riskOverrideReason);
            }
            Objects.requireNonNull(policyFile, "policyFile");
            Objects.requireNonNull(output, "output");
            if ((input == null) == (sourceDataset == null)) {
                throw new LocalizedArgumentException(Message.of("privacy.privacyService.giveExactlyOneOf"));
            }
            if ((sourceDataset != null || keepLineage) && workspace == null) {
                throw new LocalizedArgumentException(Message.of("privacy.privacyService.maskingAWorkspaceDataset"));
            }
            if (residualReason != null) {
                if (!allowResidual) {
                    throw new LocalizedArgumentException(Message.of("privacy.privacyService.anOverrideReasonOnly"));
                }
                residualReason = LeakOverride.requireReason(residualReason);
            }
            importOptions = importOptions == null ? CsvImportOptions.defaults() : importOptions;
            if (datasetId == null || datasetId.isBlank()) {
                datasetId = input != null ? input.getFileName().toString() : sourceDataset;
            }
            // Budget totals are range-checked by the ledger, which owns their rules.
        }

        /** Options without a risk-target override (a policy's missed risk targets block the export). */
        public MaskOptions(Path input, CsvImportOptions importOptions, Path policyFile, Path output,
                           String datasetId, boolean allowResidual, Path workspace, Double epsilonTotal,
                           Double deltaTotal, String sourceDataset, String residualReason, boolean keepLineage) {
            this(input, importOptions, policyFile, output, datasetId, allowResidual, workspace, epsilonTotal,
                    deltaTotal, sourceDataset, residualReason, keepLineage, null);
        }

        /** The same options with a risk-target override reason (null: none). */
        public MaskOptions withRiskOverride(String reason) {
            return new MaskOptions(input, importOptions, policyFile, output, datasetId, allowResidual, workspace,
                    epsilonTotal, deltaTotal, sourceDataset, residualReason, keepLineage, reason);
        }

        /** A file-to-file run (recipe replay): no workspace dataset source, no override record, no lineage. */
        public MaskOptions(Path input, CsvImportOptions importOptions, Path policyFile, Path output,
                           String datasetId, boolean allowResidual, Path workspace, Double epsilonTotal,
                           Double deltaTotal) {
            this(input, importOptions, policyFile, output, datasetId, allowResidual, workspace, epsilonTotal,
                    deltaTotal, null, null, false);
        }

        /** The same options for a (simple) run without workspace, budgets or residual override. */
        public static MaskOptions of(Path input, Path policyFile, Path output) {
            return new MaskOptions(input, null, policyFile, output, null, false, null, null, null);
        }
    }

    /**
     * A checked policy, ready to run: nothing has been read but the policy.
     *
     * @param options       the request
     * @param policy        the valid policy
     * @param warnings      validator warnings (weak but legal choices)
     * @param cost          the privacy cost of its noise rules
     * @param requiredKeys  vault keys the keyed rules need, by name
     */
    public record MaskPlan(MaskOptions options, MaskingPolicy policy, List<String> warnings, PrivacyCost cost,
                           Map<String, KeyPurpose> requiredKeys) {
        public MaskPlan {
            warnings = List.copyOf(warnings);
            requiredKeys = Map.copyOf(requiredKeys);
        }

        /** Whether the plan needs a workspace (noise keyed from its vault, or a budget to change). */
        public boolean needsWorkspace() {
            return !cost.isZero() || options.epsilonTotal() != null || options.deltaTotal() != null;
        }
    }

    /**
     * What a mask run did.
     *
     * @param plan          the plan that ran
     * @param input         the file read (the input file, or the source dataset's file)
     * @param rows          rows read
     * @param result        masked table and per-column outcomes
     * @param leaks         the leak scan
     * @param export        the written file, or null when the leak scan blocked the export
     * @param budget        the dataset's privacy budget after the run, or null without workspace
     * @param override      the recorded leak-scan override, or null when the export was clean or not written
     * @param sourceDataset the workspace dataset that was masked, or null without lineage
     * @param maskedDataset the masked dataset kept in the workspace, or null without lineage or when not written
     * @param risk          the output measured against the policy's risk targets, or null when it has none
     * @param riskOverride  the officer's override when written although a risk target was missed, else null
     */
    public record MaskOutcome(MaskPlan plan, Path input, int rows, MaskResult result, LeakReport leaks,
                              ExportResult export, BudgetStatus budget, LeakOverride override, Dataset sourceDataset,
                              Dataset maskedDataset, RiskTargetCheck risk, RiskOverride riskOverride) {
        /** Whether the export was refused because a risk target was missed and not overridden. */
        public boolean blockedByRisk() {
            return risk != null && !risk.met() && riskOverride == null;
        }

        /** Whether the export was written. */
        public boolean written() {
            return export != null;
        }

        /** The file the override was written to, or null without override. */
        public Path overrideFile() {
            return override == null ? null : LeakOverride.fileBeside(plan.options().output());
        }
    }

    /**
     * Reads and validates the policy; refuses a plan whose noise or budget options have no workspace.
     *
     * The caller decides how to refuse a plan that {@link MaskPlan#needsWorkspace() needs a workspace} it lacks
     * (the CLI as a usage error); {@link #mask} refuses it too.
     *
     * @throws PolicyException when the policy is invalid or unreadable
     * @throws IOException when the input is also the output
     */
    public static MaskPlan plan(MaskOptions options) throws IOException {
        if (options.input() != null) {
            AtomicFiles.requireNotSameFile(options.input(), options.output());
        }
        MaskingPolicy policy = PolicyJson.read(options.policyFile());
        PolicyValidator.requireValid(policy);
        List<String> warnings = PolicyValidator.warnings(policy).stream().map(PolicyFinding::message).toList();
        return new MaskPlan(options, policy, warnings, PrivacyCost.of(policy), OperatorFactory.requiredKeys(policy));
    }

    /**
     * Runs a plan: checks the budget, opens the source (a file, or a workspace dataset), masks, leak-scans and
     * writes (unless blocked; or despite the block when residual data is allowed, recording the override), then
     * keeps the masked dataset with its lineage when asked. The budget is charged before writing, so a run that
     * lost a race for the budget releases nothing.
     *
     * @throws IOException when the source file is the output, or the export or override cannot be written
     */
    public static MaskOutcome mask(MaskPlan plan, KeyMaterial keys, Progress progress) throws IOException {
        return mask(plan, keys, null, progress);
    }

    /**
     * {@link #mask(MaskPlan, KeyMaterial, Progress)} as {@code actor}: on a governed workspace, releasing an export
     * the leak scan blocked ({@code allowResidual}) needs the {@code export-unmasked} permission (record 0025).
     *
     * @param actor the signed-in account, or null on an ungoverned workspace or without a workspace
     */
    public static MaskOutcome mask(MaskPlan plan, KeyMaterial keys, Actor actor, Progress progress)
            throws IOException {
        MaskOptions o = plan.options();
        if (o.workspace() == null && plan.needsWorkspace()) {
            throw new IllegalArgumentException(NEEDS_WORKSPACE);
        }
        String dataset = o.datasetId();
        Long approvalId = ExportGovernance.approval(o.workspace(), plan.policy()); // refused before any read
        PrivacyBudgetLedger ledger = checkBudget(plan);
        MaskSource source = MaskSource.open(o, progress);
        AtomicFiles.requireNotSameFile(source.file(), o.output());
        Table table = source.table();
        MaskResult result = MaskingEngine.apply(table, plan.policy(), keys, dataset, progress);
        LeakReport leaks = LeakScanner.scan(table, result.masked(), plan.policy().roles(),
                LeakScanner.keyedColumns(result.outcomes()), progress);
        ExportResult export = null;
        BudgetStatus budget = null;
        LeakOverride override = null;
        // The policy's risk targets, measured on what would leave: a miss blocks like a leak, unless overridden.
        RiskTargetCheck risk = plan.policy().riskTargets() == null ? null
                : RiskTargetMeasure.check(result.masked(), plan.policy().roles(), plan.policy().riskTargets());
        RiskOverride riskOverride = risk != null && !risk.met() && o.riskOverrideReason() != null
                ? RiskOverride.of(o.riskOverrideReason(), plan.policy(), risk) : null;
        boolean riskBlocked = risk != null && !risk.met() && riskOverride == null;
        if (riskOverride != null) {
            // overriding missed risk targets is a privacy officer's call on a governed workspace
            AccessPolicy.require(o.workspace(), actor, Permission.APPROVE, Message.of(
                    "access.what.override", o.output().getFileName().toString()));
        }
        if (riskOverride != null) {
            LOG.warn("Export {} written despite missed risk targets by {}: {}", o.output(), riskOverride.user(),
                    risk.summary().english());
        }
        if ((!leaks.blocked() || o.allowResidual()) && !riskBlocked) {
            if (leaks.blocked()) {
                AccessPolicy.require(o.workspace(), actor, Permission.EXPORT_UNMASKED, Message.of(
                        "access.what.override", o.output().getFileName().toString()));
                override = o.residualReason() == null ? null : LeakOverride.of(o.residualReason(), plan.policy(), leaks);
                LOG.warn("Export {} written with residual personal data by {} (allow residual): {}", o.output(),
                        override == null ? "a recipe" : override.user(), leaks.summary());
            }
            if (ledger != null) {
                budget = ledger.charge(dataset, plan.cost(), plan.policy().id(), plan.policy().revision());
            }
            export = TableExport.write(result.masked(), o.output(),
                    ExportOptions.defaults().withInput(source.file()), progress);
            if (override != null) {
                override.writeBeside(o.output());
            }
        }
        if (export == null) {
            riskOverride = null; // not written (the leak scan blocked it): nothing was overridden
        }
        Dataset masked = export != null && source.lineage() != null
                ? MaskedDatasets.register(source.lineage(), o.output().getFileName().toString(), result.masked(),
                plan.policy(), o.output().getFileName().toString(), override, riskOverride, progress)
                : null;
        if (ledger != null && budget == null) {
            budget = ledger.status(dataset);
        }
        if (o.workspace() != null) {
            if (export != null) {
                ExportGovernance.record(o.workspace(), o.output(), o.sourceDataset() != null ? o.sourceDataset()
                        : source.file().getFileName().toString(), source.dataset() == null ? null
                        : source.dataset().fingerprint(), plan.policy(), approvalId, leaks.blocked(),
                        result.masked().rowCount());
            }
            auditMask(o, plan.policy(), source, leaks, export != null, risk, riskOverride, approvalId);
        }
        return new MaskOutcome(plan, source.file(), table.rowCount(), result, leaks, export, budget, override,
                source.dataset(), masked, risk, riskOverride);
    }

    /** One audit entry per masked export: source, policy revision, leak-scan outcome and any override reason. */
    private static void auditMask(MaskOptions o, MaskingPolicy policy, MaskSource source, LeakReport leaks,
                                  boolean written, RiskTargetCheck risk, RiskOverride riskOverride,
                                  Long approvalId) {
        auditExport(Workspace.open(o.workspace()), o.output(), source.dataset() == null ? null
                : source.dataset().fingerprint(), o.sourceDataset() != null ? o.sourceDataset()
                : source.file().getFileName().toString(), policy, leaks.blocked(), written, o.residualReason(),
                risk, riskOverride, approvalId);
    }

    // package-private: EngineMaskRelease writes the same entry for a mask run on another engine (Spark)
    static void auditExport(Workspace workspace, Path output, String fingerprint, String source,
                                    MaskingPolicy policy, boolean leakBlocked, boolean written, String reason,
                                    RiskTargetCheck risk, RiskOverride riskOverride, Long approvalId) {
        boolean riskMissed = risk != null && !risk.met();
        AuditOutcome outcome = !written ? AuditOutcome.BLOCKED
                : leakBlocked || riskMissed ? AuditOutcome.OVERRIDDEN : AuditOutcome.SUCCESS;
        // Only the measures and the officer's justification: never a value of the data.
        String riskDetail = risk == null ? "" : " riskTargets=" + (riskMissed ? "missed(" + abbreviate(
                risk.summary().english(), 300) + ")" : "met") + " riskOverride=" + (riskOverride != null)
                + (riskOverride == null ? "" : " riskOverrideReason=" + abbreviate(riskOverride.reason(), 300));
        AuditService.record(workspace, new AuditEvent(AuditAction.MASK_EXPORT, output.getFileName().toString(),
                fingerprint, outcome, "source=" + source + " policy=" + policy.id() + "@" + policy.revision()
                + " leakScan=" + (leakBlocked ? "blocked" : "clean") + " override=" + (written && leakBlocked)
                + (approvalId == null ? "" : " approval=" + approvalId)
                + (reason == null ? "" : " overrideReason=" + abbreviate(reason, 300)) + riskDetail));
        if (outcome == AuditOutcome.OVERRIDDEN) {
            Alerts.blockedExportOverride(workspace, AuditService.actingUser(workspace.directory()),
                    output.getFileName().toString());
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /**
     * The table-level flow for callers that already hold the data (the Privacy section's export): mask with the
     * policy, leak-scan, and write only when nothing survives. Returns the leak report and the written file (null
     * when blocked; then nothing was written).
     *
     * @param input the file the table was read from (the export refuses to replace it), or null
     */
    public static TableMaskOutcome maskTable(Table table, MaskingPolicy policy, KeyMaterial keys, Path input,
                                             Path target, Progress progress) throws IOException {
        if (input != null) {
            AtomicFiles.requireNotSameFile(input, target);
        }
        MaskResult mask = MaskingEngine.apply(table, policy, keys, progress.slice(0, 0.5));
        LeakReport leaks = LeakScanner.scan(table, mask.masked(), policy.roles(),
                LeakScanner.keyedColumns(mask.outcomes()), progress.slice(0.5, 0.8));
        if (leaks.blocked()) {
            return new TableMaskOutcome(leaks, null, 0);
        }
        progress.report(0.8, Message.of("progress.maskedexport.writing", target.getFileName()));
        try {
            TableExport.write(mask.masked(), target, ExportOptions.defaults().withInput(input), progress.slice(0.8, 1));
        } catch (io.safesegment.core.data.DataExportException e) {
            throw new IOException(e.getMessage(), e);
        }
        progress.report(1, Message.of("progress.maskedexport.done"));
        return new TableMaskOutcome(leaks, target, mask.masked().rowCount());
    }

    /**
     * The outcome of {@link #maskTable}.
     *
     * @param leaks   the leak scan
     * @param target  the file written, or null when blocked
     * @param rows    rows written (0 when blocked)
     */
    public record TableMaskOutcome(LeakReport leaks, Path target, int rows) {
    }

    /**
     * Applies the plan's budget totals (if given) and refuses a plan the dataset's remaining budget cannot afford.
     * Idempotent; callers run it before asking for a vault password so an exhausted budget fails first.
     *
     * @return the ledger, or null without workspace
     */
    public static PrivacyBudgetLedger checkBudget(MaskPlan plan) {
        MaskOptions o = plan.options();
        if (o.workspace() == null) {
            return null;
        }
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(o.workspace());
        if (o.epsilonTotal() != null || o.deltaTotal() != null) {
            BudgetStatus now = ledger.status(o.datasetId());
            ledger.setTotal(o.datasetId(), o.epsilonTotal() != null ? o.epsilonTotal() : now.totalEpsilon(),
                    o.deltaTotal() != null ? o.deltaTotal() : now.totalDelta());
        }
        ledger.requireAffordable(o.datasetId(), plan.cost());
        return ledger;
    }

    /**
     * Finds a saved policy by id and revision in the workspace's {@value #POLICY_FOLDER} folder.
     *
     * @param revision the revision, or 0 for the newest
     * @throws PolicyException naming id and revision when no saved policy matches
     */
    public static Path findPolicy(Path workspace, String id, int revision) {
        Path folder = workspace.resolve(POLICY_FOLDER);
        Path best = null;
        int bestRevision = -1;
        if (Files.isDirectory(folder)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new LocalizedUncheckedIOException(Message.of("privacy.privacyService.cannotListPolicies",
                        folder, LocalizedMessage.of(e)), e);
            }
            for (Path f : files) {
                MaskingPolicy p;
                try {
                    p = PolicyJson.read(f);
                } catch (RuntimeException e) {
                    LOG.warn("Skipping unreadable policy file {}", f.getFileName());
                    continue;
                }
                if (p.id().equals(id) && (revision == 0 ? p.revision() > bestRevision : p.revision() == revision)) {
                    best = f;
                    bestRevision = p.revision();
                }
            }
        }
        if (best == null && revision > 0) {
            best = historicRevision(folder, id, revision);
        }
        if (best == null) {
            throw new PolicyException(revision == 0 ? Message.of("privacy.privacyService.noSavedPolicy", id, folder)
                    : Message.of("privacy.privacyService.noSavedRevision", id, revision, folder));
        }
        return best;
    }

    /**
     * Where the history copy of revision {@code revision} of policy {@code id} lives in {@code policyFolder}. The id
     * is reduced to letters, digits, '.', '_' and '-' so that no id can point outside the history folder.
     */
    public static Path revisionFile(Path policyFolder, String id, int revision) {
        String safeId = id.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return policyFolder.resolve(HISTORY_FOLDER).resolve(safeId.isEmpty() ? "_" : safeId)
                .resolve("r" + revision + ".policy.json");
    }

    /**
     * Saves {@code policy} as the current policy in {@code file} and keeps a copy of this revision in the history
     * folder next to it ({@link #revisionFile}), both written atomically. The history copy is written first, so a
     * current file always has its revision in the history.
     *
     * @throws PolicyException naming the file when either cannot be written
     */
    public static void applyPolicy(MaskingPolicy policy, Path file) {
        Objects.requireNonNull(policy, "policy");
        Path folder = file.toAbsolutePath().getParent();
        PolicyJson.write(policy, revisionFile(folder, policy.id(), policy.revision()));
        PolicyJson.write(policy, file);
    }

    /** The history copy of {@code id} revision {@code revision} when it exists and really holds that revision. */
    private static Path historicRevision(Path folder, String id, int revision) {
        Path file = revisionFile(folder, id, revision);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            MaskingPolicy p = PolicyJson.read(file);
            return p.id().equals(id) && p.revision() == revision ? file : null;
        } catch (RuntimeException e) {
            LOG.warn("Skipping unreadable policy history file {}", file.getFileName());
            return null;
        }
    }

    // ---- the Privacy section's flow on a loaded table (detect, suggest, check, review, preview, export) ----------

    /** Scans {@code table} for personal data with the standard recognisers. */
    public static io.safesegment.core.privacy.detect.DetectionReport detect(Table table, Progress progress) {
        return io.safesegment.core.privacy.detect.PiiDetector.standard().scan(table, progress);
    }

    /** The suggested policy for a detection report (its suggested roles decide the rules). */
    public static MaskingPolicy suggest(io.safesegment.core.privacy.detect.DetectionReport report) {
        return io.safesegment.core.privacy.policy.PolicySuggester.suggest(report);
    }

    /** The validator's problems with {@code policy}, one message per problem; empty when it is valid. */
    public static List<String> problems(MaskingPolicy policy) {
        return PolicyValidator.problems(policy);
    }

    /**
     * Checks one rule's operator and parameters by building its operator.
     *
     * @throws PolicyException naming the column, operator and parameter when the rule cannot run
     */
    public static void checkRule(io.safesegment.core.privacy.policy.MaskingRule rule) {
        OperatorFactory.create(rule);
    }

    /** The ids of all operators, sorted. */
    public static List<String> operatorIds() {
        return OperatorFactory.operatorIds();
    }

    /** The typed parameters of an operator (for a structured parameter form). */
    public static List<io.safesegment.core.privacy.policy.OperatorParameter> parameters(String operatorId) {
        return io.safesegment.core.privacy.policy.OperatorParameters.of(operatorId);
    }

    /** The vault keys {@code policy}'s keyed rules need, by name. */

    // ---- detection, policies, risk ------------------------------------------------------------------------------

    /** Privacy roles suggested by the standard detector for each column of {@code table} (used on import). */
    public static Map<String, ColumnRole> suggestRoles(Table table) {
        return PiiDetector.standard().scan(table, Progress.NONE).suggestedRoles();
    }

    /** Reads {@code file} and detects personal data in a sample of {@code sample} rows per column. */
    public static DetectionReport detect(Path file, CsvImportOptions read, int sample, Progress progress) {
        Table table = TableImport.load(file, read == null ? CsvImportOptions.defaults() : read, progress).table();
        return new PiiDetector(sample).scan(table, progress);
    }

    /** Reads {@code file}, detects personal data, and writes the suggested policy to {@code out} (never the input). */
    public static MaskingPolicy suggestPolicy(Path file, CsvImportOptions read, Path out, Progress progress)
            throws IOException {
        AtomicFiles.requireNotSameFile(file, out);
        Table table = TableImport.load(file, read == null ? CsvImportOptions.defaults() : read, progress).table();
        MaskingPolicy policy = PolicySuggester.suggest(PiiDetector.standard().scan(table, progress));
        PolicyJson.write(policy, out);
        return policy;
    }

    /**
     * A checked policy file.
     *
     * @param policy        the policy as read
     * @param problems      findings that make it invalid (empty when valid)
     * @param warnings      weak but legal choices
     * @param cost          its privacy cost, or null when invalid
     * @param budget        the dataset's budget in the workspace, or null when not asked or invalid
     * @param budgetWarning why a run would be refused for lack of budget, or null
     */
    public record PolicyCheck(MaskingPolicy policy, List<PolicyFinding> problems, List<PolicyFinding> warnings,
                              PrivacyCost cost, BudgetStatus budget, String budgetWarning) {
        /** Copies the lists. */
        public PolicyCheck {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** Whether the policy is valid. */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads and validates a policy; with a workspace and dataset id also reports that dataset's privacy budget
     * (read only: no password is needed, nothing is charged).
     */
    public static PolicyCheck checkPolicy(Path policyFile, Path workspace, String datasetId) {
        MaskingPolicy policy = PolicyJson.read(policyFile);
        List<PolicyFinding> problems = PolicyValidator.findings(policy);
        List<PolicyFinding> warnings = PolicyValidator.warnings(policy);
        if (!problems.isEmpty()) {
            return new PolicyCheck(policy, problems, warnings, null, null, null);
        }
        PrivacyCost cost = PrivacyCost.of(policy);
        BudgetStatus budget = null;
        String budgetWarning = null;
        if (workspace != null && datasetId != null) {
            budget = PrivacyBudgetLedger.in(workspace).status(datasetId);
            if (!budget.affords(cost)) {
                budgetWarning = "A run of this policy needs ε = " + cost.epsilon() + " but dataset '" + datasetId
                        + "' has only ε = " + budget.remainingEpsilon() + " left; mask would refuse it";
            }
        }
        return new PolicyCheck(policy, problems, warnings, cost, budget, budgetWarning);
    }

    /** Reads {@code file} and measures its re-identification risk. */
    public static RiskReport risk(Path file, CsvImportOptions read, RiskOptions options, Progress progress) {
        Table table = TableImport.load(file, read == null ? CsvImportOptions.defaults() : read, progress).table();
        return RiskAnalyzer.analyze(table, options, progress);
    }

    // ---- keys -----------------------------------------------------------------------------------------------------

    /** The vault keys a policy's keyed rules need, by name (read before a vault is opened). */
    public static Map<String, KeyPurpose> requiredKeys(MaskingPolicy policy) {
        return OperatorFactory.requiredKeys(policy);
    }

    // ---- anonymise to a target (decision 0019): the Privacy section's Anonymise pane -----------------------------

    /** Most lattice nodes {@link #solutionSpace} measures: every node is grouped, so the plot stays interactive. */
    public static final int SOLUTION_SPACE_LIMIT = 2_000;

    /**
     * A generalisation hierarchy for {@code column} built from its own values, for users who bring no hierarchy
     * file: numbers → intervals (about ten of a round width, then pairs joined), ISO dates → day/month/quarter/year/
     * decade, anything else → right-to-left redaction.
     */
    public static io.safesegment.core.privacy.anonymise.Hierarchy suggestHierarchy(Table table, String column) {
        List<String> values = new ArrayList<>(new java.util.TreeSet<>(table.column(column).asList().stream()
                .map(v -> v == null ? "" : String.valueOf(v)).toList()));
        if (values.stream().allMatch(PrivacyService::isNumber)) {
            double min = values.stream().mapToDouble(Double::parseDouble).min().orElse(0);
            double max = values.stream().mapToDouble(Double::parseDouble).max().orElse(0);
            double width = roundWidth((max - min) / 10);
            double bottom = Math.floor(min / width) * width;
            return io.safesegment.core.privacy.anonymise.HierarchyBuilders.intervals(values, bottom,
                    bottom + Math.ceil((max - bottom + width / 2) / width) * width, width, 2);
        }
        if (values.stream().allMatch(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            return io.safesegment.core.privacy.anonymise.HierarchyBuilders.dates(values);
        }
        return io.safesegment.core.privacy.anonymise.HierarchyBuilders.redaction(values, '*');
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw} (and at least 1e-9 so a constant column works). */
    private static double roundWidth(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= raw) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The globally optimal transformation for {@code options} (decision 0019); cancellable through progress. */
    public static io.safesegment.core.privacy.anonymise.AnonymisationResult anonymise(Table table,
            io.safesegment.core.privacy.anonymise.AnonymiseOptions options, Progress progress) {
        return io.safesegment.core.privacy.anonymise.Anonymiser.search(table, options, progress);
    }

    /** Measures one transformation (for the risk before anonymising: every level 0). */
    public static io.safesegment.core.privacy.anonymise.Transformation measure(Table table,
            io.safesegment.core.privacy.anonymise.AnonymiseOptions options, int[] levels) {
        return io.safesegment.core.privacy.anonymise.Anonymiser.check(table, options, levels);
    }

    /**
     * Every node of the generalisation lattice, measured, for a solution-space plot (height against loss).
     *
     * @throws IllegalArgumentException when the lattice has more than {@value #SOLUTION_SPACE_LIMIT} nodes
     */
    public static List<io.safesegment.core.privacy.anonymise.Transformation> solutionSpace(Table table,
            io.safesegment.core.privacy.anonymise.AnonymiseOptions options, Progress progress) {
        int[] heights = options.quasiIdentifiers().stream()
                .mapToInt(q -> options.hierarchies().get(q).height()).toArray();
        long size = 1;
        for (int h : heights) {
            size *= h;
            if (size > SOLUTION_SPACE_LIMIT) { // stop before a long product could overflow
                throw new LocalizedArgumentException(Message.of("privacy.privacyService.theLatticeHasMore", SOLUTION_SPACE_LIMIT));
            }
        }
        List<io.safesegment.core.privacy.anonymise.Transformation> out = new ArrayList<>();
        int[] levels = new int[heights.length];
        for (long i = 0; i < size; i++) {
            progress.checkCancelled();
            out.add(io.safesegment.core.privacy.anonymise.Anonymiser.check(table, options, levels.clone()));
            progress.report((double) (i + 1) / size, Message.of("progress.anonymise.measured", i + 1, size));
            for (int j = 0; j < levels.length && ++levels[j] == heights[j]; j++) {
                levels[j] = 0; // mixed-radix increment: the next level vector
            }
        }
        return out;
    }

    /** Reads and checks one ARX hierarchy file ({@code ;}-separated, one row per value, level 0 first). */
    public static io.safesegment.core.privacy.anonymise.Hierarchy readHierarchy(Path file) {
        return HierarchyFiles.read(file);
    }

    /** Writes {@code hierarchy} as an ARX hierarchy file, atomically. */
    public static void writeHierarchy(io.safesegment.core.privacy.anonymise.Hierarchy hierarchy, Path file)
            throws IOException {
        HierarchyFiles.write(hierarchy, file);
    }

    /** Levels of {@code hierarchy} above the original values (its height minus one: 0 = values only). */
    public static int hierarchyTop(io.safesegment.core.privacy.anonymise.Hierarchy hierarchy) {
        return hierarchy.height() - 1;
    }

    /**
     * The values of {@code column} that {@code hierarchy} has no row for (read as the search reads them: a missing
     * value is the empty string), in first-seen order; empty when the hierarchy covers the column.
     */
    public static List<String> uncoveredValues(Table table, String column,
                                               io.safesegment.core.privacy.anonymise.Hierarchy hierarchy) {
        var c = table.column(column);
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        for (int r = 0; r < c.size(); r++) {
            values.add(c.isMissing(r) ? "" : c.getString(r));
        }
        return hierarchy.uncovered(values);
    }

    /**
     * The masking rules that apply transformation {@code levels} (generalise-by-hierarchy per quasi-identifier, plus
     * the suppression of classes the class-size models fail), naming {@code files} as the hierarchies.
     */
    public static List<io.safesegment.core.privacy.policy.MaskingRule> anonymisationRules(
            io.safesegment.core.privacy.anonymise.AnonymiseOptions options, int[] levels, Map<String, Path> files) {
        return AnonymisationPolicy.rules(options, levels, files);
    }

    /** Whether {@link #anonymisationRules} suppress exactly the rows the search suppresses (k and risk models only). */
    public static boolean rulesReproduceSuppression(io.safesegment.core.privacy.anonymise.AnonymiseOptions options) {
        return AnonymisationPolicy.reproducesSuppression(options);
    }

    /** Saves a policy revision atomically. @throws PolicyException naming the file when it cannot be written */
    public static void savePolicy(MaskingPolicy policy, Path file) {
        savePolicy(policy, file, null);
    }

    /**
     * Saves a policy revision atomically as {@code actor}; into a governed workspace's policy store only a Privacy
     * Officer or Administrator may (record 0025).
     *
     * @param actor the signed-in account, or null on an ungoverned workspace or outside a workspace
     */
    public static void savePolicy(MaskingPolicy policy, Path file, Actor actor) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && folder.getFileName() != null && POLICY_FOLDER.equals(folder.getFileName().toString())) {
            AccessPolicy.require(folder.getParent(), actor, Permission.EDIT_POLICY,
                    Message.of("access.what.editPolicy", policy.id()));
        }
        PolicyJson.write(policy, file);
        if (folder != null && folder.getFileName() != null && POLICY_FOLDER.equals(folder.getFileName().toString())) {
            // a revision saved in a workspace's policy store is a policy change of that workspace
            AuditService.recordIfWorkspace(folder.getParent(), new AuditEvent(AuditAction.POLICY_CHANGE,
                    policy.id() + "@" + policy.revision(), null, AuditOutcome.SUCCESS, "rules="
                    + policy.rules().size() + " file=" + file.getFileName()), null);
        }
    }

    /** Masks {@code table} with {@code policy} and measures risk before and after and the utility cost. */
    public static io.safesegment.core.privacy.review.PolicyReview review(Table table, MaskingPolicy policy,
                                                                         KeyMaterial keys, Progress progress) {
        return io.safesegment.core.privacy.review.PolicyReviewer.review(table, policy, keys, progress);
    }

    /**
     * One value before and after masking, for a rule's live preview.
     *
     * @param before the original value
     * @param after  the masked value
     */
    public record ValuePreview(String before, String after) {
    }

    /**
     * Masks the first {@code rows} rows of {@code table} with {@code rule} alone (other columns kept), so an editor
     * can show what a rule does before it is applied. Other columns are kept because some rules read them (a date
     * shift reads its subject column).
     *
     * @throws PolicyException or a masking exception when the rule cannot run on this column
     */
    public static List<ValuePreview> preview(Table table, io.safesegment.core.privacy.policy.MaskingRule rule,
                                             Map<String, io.safesegment.core.data.ColumnRole> roles,
                                             KeyMaterial keys, int rows) {
        Table sample = table.first(Math.min(rows, table.rowCount()));
        MaskingPolicy single = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "preview", 1, "preview",
                java.time.Instant.EPOCH, roles, List.of(rule));
        Table masked = MaskingEngine.apply(sample, single, keys, Progress.NONE).masked();
        List<ValuePreview> out = new ArrayList<>();
        var before = sample.column(rule.column());
        var after = masked.containsColumn(rule.column()) ? masked.column(rule.column()) : null;
        for (int i = 0; i < sample.rowCount(); i++) {
            out.add(new ValuePreview(before.getString(i), after == null ? "" : after.getString(i)));
        }
        return out;
    }

    /**
     * The Privacy section's export of a loaded table: refuses a policy with a rule that cannot run (never falls back
     * to an older rule), then masks, leak-scans and writes like {@link io.safesegment.core.privacy.review.MaskedExport}.
     *
     * @throws PolicyException naming the column and parameter of the first rule that cannot run
     */
    public static io.safesegment.core.privacy.review.MaskedExport.Outcome exportTable(
            Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target, String overrideReason,
            io.safesegment.core.privacy.review.MaskedDatasets.Lineage lineage, Progress progress) throws IOException {
        return exportTable(table, policy, keys, input, target, overrideReason, null, lineage, progress);
    }

    /**
     * The Privacy section's export like {@link #exportTable(Table, MaskingPolicy, KeyMaterial, Path, Path, String,
     * io.safesegment.core.privacy.review.MaskedDatasets.Lineage, Progress)}, also blocked when the masked output
     * misses one of the policy's risk targets, unless {@code riskOverrideReason} is given (kept in the lineage and
     * the audit trail).
     *
     * @param riskOverrideReason the privacy officer's typed reason for exporting despite missed targets, or null
     */
    public static io.safesegment.core.privacy.review.MaskedExport.Outcome exportTable(
            Table table, MaskingPolicy policy, KeyMaterial keys, Path input, Path target, String overrideReason,
            String riskOverrideReason, io.safesegment.core.privacy.review.MaskedDatasets.Lineage lineage,
            Progress progress) throws IOException {
        for (var rule : policy.rules()) {
            OperatorFactory.create(rule);
        }
        Long approvalId = lineage == null ? null
                : ExportGovernance.approval(lineage.catalog().workspace().directory(), policy);
        var outcome = io.safesegment.core.privacy.review.MaskedExport.export(table, policy, keys, input, target,
                overrideReason, riskOverrideReason, lineage, progress);
        if (lineage != null) { // the Privacy section's export of a workspace dataset
            Dataset source = lineage.source(); // null for a table not (yet) registered as a dataset
            String name = source == null ? String.valueOf(table.name()) : source.name();
            if (!outcome.blocked()) {
                ExportGovernance.record(lineage.catalog().workspace().directory(), target, name,
                        source == null ? null : source.fingerprint(), policy, approvalId, outcome.leaks().blocked(),
                        table.rowCount());
            }
            auditExport(lineage.catalog().workspace(), target, source == null ? null : source.fingerprint(),
                    name, policy, outcome.leaks().blocked(), !outcome.blocked(), overrideReason, outcome.risk(),
                    outcome.riskOverride(), approvalId);
        }
        return outcome;
    }

    /**
     * Where the Privacy section saves the policy of the workspace dataset {@code datasetName}:
     * {@code policies/<name without extension>.policy.json}.
     */
    public static Path policyFileFor(Path workspace, String datasetName) {
        String base = datasetName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return workspace.resolve(POLICY_FOLDER).resolve((base.isEmpty() ? "dataset" : base) + ".policy.json");
    }

    /**
     * What {@link #exportDataset} did.
     *
     * @param dataset            the dataset
     * @param written            the file written, or null when a stored risk target was missed (nothing written)
     * @param checks             every stored set of risk targets, measured on the dataset (empty when none)
     * @param riskOverrideReason the officer's reason when missed targets were overridden, else null
     */
    public record DatasetExportOutcome(Dataset dataset, ExportResult written,
                                       List<io.safesegment.core.privacy.review.StoredRiskTargets.Checked> checks,
                                       String riskOverrideReason) {
        /** Copies the list. */
        public DatasetExportOutcome {
            checks = List.copyOf(checks);
        }

        /** Whether a missed risk target stopped the export. */
        public boolean blockedByRisk() {
            return written == null;
        }

        /** Each missed set, naming where it is stored, the target and the measured value ("" when all are met). */
        public String missedTargets() {
            return CheckedDatasetExport.describe(checks);
        }
    }

    /**
     * Writes a workspace dataset as it is ({@code safesegment export}), first measuring it against every risk
     * target stored for it — its lineage's (an anonymisation's targets, a masking policy revision's) and the saved
     * policy of the dataset or its nearest ancestor — exactly as a masked export measures a policy's output. A miss
     * writes nothing unless {@code riskOverrideReason} is given (the approve permission on a governed workspace);
     * either is recorded in the audit trail.
     *
     * @param riskOverrideReason the privacy officer's typed reason to export despite missed targets, or null
     */
    public static DatasetExportOutcome exportDataset(Path workspace, String dataset, Path output,
                                                     io.safesegment.core.data.io.ExportFormat format, boolean force,
                                                     Actor actor, String riskOverrideReason, Progress progress) {
        return CheckedDatasetExport.export(workspace, dataset, output, format, force, actor, riskOverrideReason,
                progress);
    }

    /**
     * Refuses the Data section's export of {@code table} (the workspace dataset {@code dataset} as the section holds
     * it) when it misses a risk target stored for the dataset or up its lineage, naming target and measured value;
     * the refusal is audited (decision 0033).
     *
     * @throws PolicyException when a stored target is missed
     */
    public static void requireStoredRiskTargets(Path workspace, String dataset, Table table, Path output,
                                                Actor actor) {
        CheckedDatasetExport.requireTargetsMet(workspace, dataset, table, output, actor);
    }

    /**
     * Measures {@code masked} (a policy's output) against {@code targets} over the columns {@code roles} calls
     * quasi-identifiers and sensitive — what an export with such targets checks before it writes.
     */
    public static RiskTargetCheck checkRiskTargets(Table masked, Map<String, ColumnRole> roles, RiskTargets targets) {
        return RiskTargetMeasure.check(masked, roles, targets);
    }

    /**
     * The lineage of a masked export of the loaded table {@code tableName}: the workspace catalogue and the dataset
     * named exactly so (null source when the table is not a workspace dataset).
     */
    public static io.safesegment.core.privacy.review.MaskedDatasets.Lineage maskedLineage(Workspace workspace,
                                                                                           String tableName) {
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        return new io.safesegment.core.privacy.review.MaskedDatasets.Lineage(catalog, catalog.find(tableName)
                .filter(d -> d.name().equals(tableName)).orElse(null));
    }

    /** Reads a policy file (without validating it). */
    public static MaskingPolicy readPolicy(Path policyFile) {
        return PolicyJson.read(policyFile);
    }

    /**
     * Makes sure the vault holds every key a policy needs, creating the missing ones; returns the names created.
     * Each key is ensured under the vault's lock, so a key another process created meanwhile is reused, not doubled.
     */
    public static List<String> ensureKeys(KeyVault vault, Map<String, KeyPurpose> required) throws IOException {
        required.keySet().forEach(KeyVault::requireValidName);
        List<String> created = new ArrayList<>();
        for (var need : required.entrySet()) {
            if (vault.ensure(need.getKey(), need.getValue()).created()) {
                created.add(need.getKey());
            }
        }
        return created;
    }

    /** Masking keys taken from an open vault (the vault stays owned, and closed, by the caller). */
    public static KeyMaterial keysFrom(KeyVault vault) {
        return new VaultKeyMaterial(vault);
    }

    /** Masking keys derived from a seed (a throw-away demo key when the seed is random); the seed may be wiped after. */
    public static KeyMaterial keysFromSeed(byte[] seed) {
        return KeyMaterial.fromSeed(seed);
    }

    // ---- re-identification ----------------------------------------------------------------------------------------

    /** Decrypts the reversible columns of a masked file with the vault's keys and writes the result. */
    public static Reidentifier.Result reidentify(Path input, Path policyFile, Path output, KeyMaterial keys,
                                                 Progress progress) throws IOException {
        AtomicFiles.requireNotSameFile(input, output);
        MaskingPolicy policy = PolicyJson.read(policyFile);
        Table table = TableImport.load(input, CsvImportOptions.defaults(), progress).table();
        Reidentifier.Result result = Reidentifier.reidentify(table, policy, keys, progress);
        TableExport.write(result.table(), output, ExportOptions.defaults().withInput(input), progress);
        LOG.info("Re-identified columns {} of {} into {}", result.decrypted(), input.getFileName(),
                output.getFileName());
        return result;
    }

    /**
     * {@link #reidentify(Path, Path, Path, KeyMaterial, Progress)}, recorded in the audit trail of {@code workspace}
     * (the workspace whose vault gave the keys).
     */
    public static Reidentifier.Result reidentify(Path input, Path policyFile, Path output, KeyMaterial keys,
                                                 Path workspace, Progress progress) throws IOException {
        return reidentify(input, policyFile, output, keys, workspace, null, null, progress);
    }

    /**
     * {@link #reidentify(Path, Path, Path, KeyMaterial, Path, Progress)} as {@code actor}: on a governed workspace
     * it needs the {@code reidentify} permission (Privacy Officer) and a reason, which the audit entry keeps; more
     * re-identified records than the alert rule allows raise an alert (record 0025).
     *
     * @param actor  the signed-in account, or null on an ungoverned workspace
     * @param reason why the data subjects are re-identified; required on a governed workspace
     */
    public static Reidentifier.Result reidentify(Path input, Path policyFile, Path output, KeyMaterial keys,
                                                 Path workspace, Actor actor, String reason, Progress progress)
            throws IOException {
        String name = input.getFileName().toString();
        AccessPolicy.require(workspace, actor, Permission.REIDENTIFY, Message.of("access.what.reidentify", name));
        if (AccessPolicy.governed(workspace) && (reason == null || reason.isBlank())) {
            throw new LocalizedArgumentException(Message.of("access.error.reidentifyReason", name));
        }
        Reidentifier.Result result = reidentify(input, policyFile, output, keys, progress);
        Workspace ws = Workspace.open(workspace);
        AuditService.record(ws, AccessPolicy.auditUser(actor), new AuditEvent(AuditAction.REIDENTIFY, name, null,
                AuditOutcome.SUCCESS, "columns=" + result.decrypted() + " out=" + output.getFileName()
                + (reason == null ? "" : " records=" + result.table().rowCount() + " reason=" + abbreviate(reason, 300))),
                null);
        Alerts.reidentified(ws, AccessPolicy.auditUser(actor), name, result.table().rowCount());
        return result;
    }

    // ---- anonymisation ------------------------------------------------------------------------------------------

    /** Reads generalisation hierarchies, one file per quasi-identifier column. */
    public static Map<String, Hierarchy> readHierarchies(Map<String, Path> files) {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        files.forEach((column, file) -> hierarchies.put(column, HierarchyFiles.read(file)));
        return hierarchies;
    }

    /**
     * An anonymisation run.
     *
     * @param input          the file to anonymise
     * @param read           how to read it
     * @param options        models, hierarchies, suppression, metric
     * @param hierarchyFiles the hierarchy files by column (named in a written policy)
     * @param output         where to write the anonymised table, or null
     * @param policyOutput   where to write the transformation as a masking policy, or null
     * @param workspace      workspace to keep the anonymised table in as a dataset, or null
     * @param measure        measured on the optimum and kept in its lineage, or null
     */
    public record AnonymiseRequest(Path input, CsvImportOptions read, AnonymiseOptions options,
                                   Map<String, Path> hierarchyFiles, Path output, Path policyOutput, Path workspace,
                                   OptimumMeasure measure) {
        /** Validates and copies. */
        public AnonymiseRequest {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(options, "options");
            read = read == null ? CsvImportOptions.defaults() : read;
            hierarchyFiles = Map.copyOf(hierarchyFiles == null ? Map.of() : hierarchyFiles);
        }

        /** A request without a utility measure. */
        public AnonymiseRequest(Path input, CsvImportOptions read, AnonymiseOptions options,
                                Map<String, Path> hierarchyFiles, Path output, Path policyOutput, Path workspace) {
            this(input, read, options, hierarchyFiles, output, policyOutput, workspace, null);
        }
    }

    /**
     * A measure taken on the optimum before it is kept, e.g. what marketing loses (decision record 0022, measured by
     * {@code core.utility.UtilityService}, which depends on this package — hence a hook, not a call).
     */
    @FunctionalInterface
    public interface OptimumMeasure {
        /**
         * Measures the transformation {@code levels} of {@code original}.
         *
         * @return facts to keep in the anonymised dataset's lineage step under {@code "utility"} (no personal
         *         values)
         */
        Map<String, Object> measure(Table original, AnonymiseOptions options, int[] levels, Progress progress);
    }

    /**
     * What {@link #anonymise} did.
     *
     * @param result              the search result
     * @param written             the anonymised table file, or null
     * @param policyWritten       the policy file, or null
     * @param kept                the anonymised dataset kept in the workspace, or null
     * @param policyReproducesAll false when the written policy suppresses only classes smaller than k (rows
     *                            suppressed for l, t or risk are suppressed in the table but not by the policy)
     * @param measured            what the request's measure returned, or null
     */
    public record AnonymiseOutcome(AnonymisationResult result, String written, Path policyWritten, Dataset kept,
                                   boolean policyReproducesAll, Map<String, Object> measured) {
    }

    /**
     * Searches the generalisation lattice for the transformation with the least loss that meets every model, then
     * writes the table, keeps it as a dataset and writes the policy as asked. Outputs never replace the input or a
     * hierarchy file.
     */
    public static AnonymiseOutcome anonymise(AnonymiseRequest r, Progress progress) throws IOException {
        for (Path out : new Path[] {r.output(), r.policyOutput()}) {
            if (out != null) {
                AtomicFiles.requireNotSameFile(r.input(), out);
                for (Path h : r.hierarchyFiles().values()) {
                    AtomicFiles.requireNotSameFile(h, out);
                }
            }
        }
        AnonymiseOptions options = r.options();
        String anonymisationPolicyId = "anonymise-" + r.input().getFileName().toString()
                .replaceAll("[^A-Za-z0-9._-]", "_");
        if (r.output() != null && r.workspace() != null) { // an anonymised export needs its policy approved
            ApprovalService.requireApproval(Workspace.open(r.workspace()), AuditService.actingUser(r.workspace()),
                    anonymisationPolicyId, 1);
        }
        Table table = TableImport.load(r.input(), r.read(), progress).table();
        AnonymisationResult result = Anonymiser.search(table, options, progress);
        Table anonymised = result.found() && (r.output() != null || r.workspace() != null)
                ? Anonymiser.apply(table, options, result.optimum().levelArray()) : null;
        String written = null;
        if (anonymised != null && r.output() != null) {
            written = TableExport.write(anonymised, r.output(), ExportOptions.defaults().withInput(r.input()),
                    progress).file();
        }
        Map<String, Object> measured = r.measure() != null && result.found()
                ? r.measure().measure(table, options, result.optimum().levelArray(), progress) : null;
        Dataset kept = null;
        if (anonymised != null && r.workspace() != null) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("levels", result.levels());
            step.put("suppressionLimit", options.suppressionLimit());
            step.put("models", options.models().stream().map(Object::toString).toList());
            step.put("metric", options.metric().toString());
            step.put("loss", result.optimum().loss());
            step.put("suppressedRows", result.optimum().suppressedRows());
            // what an export of this dataset must keep meeting, and over which columns (it has no policy)
            step.put("quasiIdentifiers", options.quasiIdentifiers());
            if (options.sensitive() != null) {
                step.put("sensitive", options.sensitive());
            }
            step.put("riskTargets", StoredRiskTargets.asMap(AnonymisationPolicy.riskTargets(options,
                    r.hierarchyFiles())));
            if (measured != null) { // e.g. what marketing lost, kept beside how the data were anonymised
                step.put("utility", measured);
            }
            kept = DerivedDatasets.keep(Workspace.open(r.workspace()), "anonymised " + r.input().getFileName(),
                    anonymised, DatasetKind.ANONYMISED, Map.of(), RoleMapping.empty(), List.of(r.input()),
                    new LineageStep("anonymise", step));
        }
        Path policyWritten = null;
        if (result.found() && r.policyOutput() != null) {
            PolicyJson.write(AnonymisationPolicy.policy(anonymisationPolicyId, options, result.optimum().levelArray(),
                    r.hierarchyFiles()), r.policyOutput());
            policyWritten = r.policyOutput();
        }
        if (r.workspace() != null) {
            AuditService.record(Workspace.open(r.workspace()), new AuditEvent(AuditAction.ANONYMISE,
                    r.input().getFileName().toString(), kept == null ? null : kept.fingerprint(),
                    result.found() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "models=" + options.models()
                    + " found=" + result.found() + (result.found() ? " suppressedRows="
                    + result.optimum().suppressedRows() : "")));
        }
        return new AnonymiseOutcome(result, written, policyWritten, kept,
                AnonymisationPolicy.reproducesSuppression(options), measured);
    }
}
