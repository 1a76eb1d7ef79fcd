package io.safesegment.core.privacy;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.mask.KeyMaterial;
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
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     * @param input          the data file to mask
     * @param importOptions  how to read it
     * @param policyFile     the policy JSON file
     * @param output         the export file (format from the extension); never the input
     * @param datasetId      id that keys the noise and names the privacy budget (default: the input file name)
     * @param allowResidual  write even when the leak scan finds surviving personal data (logged)
     * @param workspace      workspace folder holding the privacy budget, or null (then noise rules are refused)
     * @param epsilonTotal   new total ε budget of the dataset, or null to keep it
     * @param deltaTotal     new total δ budget of the dataset, or null to keep it
     */
    public record MaskOptions(Path input, CsvImportOptions importOptions, Path policyFile, Path output,
                              String datasetId, boolean allowResidual, Path workspace, Double epsilonTotal,
                              Double deltaTotal) {
        public MaskOptions {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(policyFile, "policyFile");
            Objects.requireNonNull(output, "output");
            importOptions = importOptions == null ? CsvImportOptions.defaults() : importOptions;
            if (datasetId == null || datasetId.isBlank()) {
                datasetId = input.getFileName().toString();
            }
            // Budget totals are range-checked by the ledger, which owns their rules.
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
     * @param plan     the plan that ran
     * @param rows     rows read
     * @param result   masked table and per-column outcomes
     * @param leaks    the leak scan
     * @param export   the written file, or null when the leak scan blocked the export
     * @param budget   the dataset's privacy budget after the run, or null without workspace
     */
    public record MaskOutcome(MaskPlan plan, int rows, MaskResult result, LeakReport leaks, ExportResult export,
                              BudgetStatus budget) {
        /** Whether the export was written. */
        public boolean written() {
            return export != null;
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
        AtomicFiles.requireNotSameFile(options.input(), options.output());
        MaskingPolicy policy = PolicyJson.read(options.policyFile());
        PolicyValidator.requireValid(policy);
        List<String> warnings = PolicyValidator.warnings(policy).stream().map(PolicyFinding::message).toList();
        return new MaskPlan(options, policy, warnings, PrivacyCost.of(policy), OperatorFactory.requiredKeys(policy));
    }

    /**
     * Runs a plan: checks the budget, loads, masks, leak-scans and writes (unless blocked). The budget is charged
     * before writing, so a run that lost a race for the budget releases nothing.
     */
    public static MaskOutcome mask(MaskPlan plan, KeyMaterial keys, Progress progress) {
        MaskOptions o = plan.options();
        if (o.workspace() == null && plan.needsWorkspace()) {
            throw new IllegalArgumentException(NEEDS_WORKSPACE);
        }
        String dataset = o.datasetId();
        PrivacyBudgetLedger ledger = checkBudget(plan);
        Table table = TableImport.load(o.input(), o.importOptions(), progress).table();
        MaskResult result = MaskingEngine.apply(table, plan.policy(), keys, dataset, progress);
        LeakReport leaks = LeakScanner.scan(table, result.masked(), plan.policy().roles(),
                LeakScanner.keyedColumns(result.outcomes()), progress);
        ExportResult export = null;
        BudgetStatus budget = null;
        if (!leaks.blocked() || o.allowResidual()) {
            if (leaks.blocked()) {
                LOG.warn("Export {} written with residual personal data (allow residual): {}", o.output(),
                        leaks.summary());
            }
            if (ledger != null) {
                budget = ledger.charge(dataset, plan.cost(), plan.policy().id(), plan.policy().revision());
            }
            export = TableExport.write(result.masked(), o.output(), ExportOptions.defaults().withInput(o.input()),
                    progress);
        }
        if (ledger != null && budget == null) {
            budget = ledger.status(dataset);
        }
        return new MaskOutcome(plan, table.rowCount(), result, leaks, export, budget);
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
        progress.update(0.8, "Writing " + target.getFileName());
        try {
            TableExport.write(mask.masked(), target, ExportOptions.defaults().withInput(input), progress.slice(0.8, 1));
        } catch (io.safesegment.core.data.DataExportException e) {
            throw new IOException(e.getMessage(), e);
        }
        progress.update(1, "Export complete");
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
                throw new UncheckedIOException("Cannot list the policies in " + folder + ": " + e.getMessage(), e);
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
            throw new PolicyException("No saved policy '" + id + "'" + (revision == 0 ? "" : " revision " + revision)
                    + " in " + folder);
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
                throw new IllegalArgumentException("The lattice has more than " + SOLUTION_SPACE_LIMIT
                        + " transformations; the solution space is plotted up to that many");
            }
        }
        List<io.safesegment.core.privacy.anonymise.Transformation> out = new ArrayList<>();
        int[] levels = new int[heights.length];
        for (long i = 0; i < size; i++) {
            progress.checkCancelled();
            out.add(io.safesegment.core.privacy.anonymise.Anonymiser.check(table, options, levels.clone()));
            progress.update((double) (i + 1) / size, "Measured " + (i + 1) + " of " + size + " transformations");
            for (int j = 0; j < levels.length && ++levels[j] == heights[j]; j++) {
                levels[j] = 0; // mixed-radix increment: the next level vector
            }
        }
        return out;
    }

    /** Reads a saved policy. @throws PolicyException naming the file when it cannot be read */
    public static MaskingPolicy readPolicy(Path file) {
        return PolicyJson.read(file);
    }

    /** Saves a policy revision atomically. @throws PolicyException naming the file when it cannot be written */
    public static void savePolicy(MaskingPolicy policy, Path file) {
        PolicyJson.write(policy, file);
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
        for (var rule : policy.rules()) {
            OperatorFactory.create(rule);
        }
        return io.safesegment.core.privacy.review.MaskedExport.export(table, policy, keys, input, target,
                overrideReason, lineage, progress);
    }
}
