package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.privacy.detect.ColumnDetection;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.EntityMatch;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.VaultKeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.PolicySuggester;
import io.safesegment.core.privacy.policy.PolicyValidator;
import io.safesegment.core.privacy.review.MaskedDatasets;
import io.safesegment.core.privacy.review.MaskedExport;
import io.safesegment.core.privacy.review.PolicyReview;
import io.safesegment.core.privacy.review.PolicyReviewer;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * State of the Privacy section for the dataset loaded in the Data section: detection results, the masking policy
 * (saved as JSON in the workspace on every change, so role overrides and rule edits persist), the review of the
 * policy (masked preview, risk before and after, utility cost, re-run in the background after each edit) and the
 * leak-checked export. This is the only privacy UI class that calls the core.
 */
public final class PrivacyViewModel {
    /** Rows shown in the original-versus-masked preview. */
    public static final int PREVIEW_ROWS = 200;
    /** The role choices in the Personal data panel. */
    public static final List<ColumnRole> ROLES = List.of(ColumnRole.values());

    private final WorkspaceSession session;
    private final ReadOnlyObjectProperty<Table> source;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Runnable showDataSection;
    private final Debouncer debouncer;
    private final byte[] sessionSeed = new byte[32];
    private ExportTargetChooser exportChooser = ExportTargetChooser.fileDialog();

    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ReadOnlyObjectWrapper<DetectionReport> detection = new ReadOnlyObjectWrapper<>(this, "detection");
    private final ReadOnlyObjectWrapper<MaskingPolicy> policy = new ReadOnlyObjectWrapper<>(this, "policy");
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper policyProblems = new ReadOnlyStringWrapper(this, "policyProblems", "");
    private final ReadOnlyStringWrapper policyLocation = new ReadOnlyStringWrapper(this, "policyLocation", "");
    private final ReadOnlyBooleanWrapper detecting = new ReadOnlyBooleanWrapper(this, "detecting");
    private final ReadOnlyBooleanWrapper reviewing = new ReadOnlyBooleanWrapper(this, "reviewing");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyObjectWrapper<PolicyReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper reviewError = new ReadOnlyStringWrapper(this, "reviewError", "");
    private final ObservableList<RiskRow> riskRows = FXCollections.observableArrayList();
    private final ObservableList<OutcomeRow> outcomeRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper utilitySummary = new ReadOnlyStringWrapper(this, "utilitySummary", "");
    private final ReadOnlyStringWrapper riskColumnsText = new ReadOnlyStringWrapper(this, "riskColumnsText", "");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");
    /** The target of the last blocked export, which "Export anyway…" writes. */
    private Path blockedTarget;
    private final ObjectProperty<ExportState> exportState = new SimpleObjectProperty<>(this, "exportState",
            ExportState.NONE);

    private final ReadOnlyObjectProperty<KeyVault> vault;
    private final javafx.beans.binding.BooleanBinding demoKey;
    private boolean syncing;
    private boolean active;
    private BackgroundTask<PolicyReview> reviewTask;

    /** How the last export attempt ended, for the view's emphasis. */
    public enum ExportState { NONE, BLOCKED, WRITTEN }

    /**
     * @param session         the open workspace (policies are saved in its {@code policies/} folder)
     * @param source          the table loaded in the Data section
     * @param status          receives short status-bar messages
     * @param showDataSection switches the window to the Data section (empty state's button)
     * @param debouncer       delays review re-runs while the user is still editing
     */
    public PrivacyViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> source, TaskExecutor tasks,
                            DialogService dialogs, Consumer<String> status, Runnable showDataSection,
                            Debouncer debouncer) {
        this(session, source, tasks, dialogs, status, showDataSection, debouncer,
                new javafx.beans.property.SimpleObjectProperty<>());
    }

    /**
     * As above, with the workspace key vault: while it is unlocked, keyed operators use its keys (stable pseudonyms
     * across sessions and datasets); while it is locked, a throw-away demo key.
     */
    public PrivacyViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> source, TaskExecutor tasks,
                            DialogService dialogs, Consumer<String> status, Runnable showDataSection,
                            Debouncer debouncer, ReadOnlyObjectProperty<KeyVault> vault) {
        this.vault = vault;
        this.demoKey = javafx.beans.binding.Bindings.isNull(vault);
        vault.addListener((obs, old, now) -> scheduleReview());
        this.session = session;
        this.source = source;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.showDataSection = showDataSection;
        this.debouncer = debouncer;
        new SecureRandom().nextBytes(sessionSeed);
        source.addListener((obs, old, now) -> datasetChanged(now));
        datasetChanged(source.get());
    }

    /** The application's ViewModel: reviews re-run 350 ms after the last edit. */
    public static PrivacyViewModel create(WorkspaceSession session, ReadOnlyObjectProperty<Table> source,
                                          TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                                          Runnable showDataSection, ReadOnlyObjectProperty<KeyVault> vault) {
        return new PrivacyViewModel(session, source, tasks, dialogs, status, showDataSection,
                Debouncer.fx(javafx.util.Duration.millis(350)), vault);
    }

    /**
     * The keys for keyed operators (pseudonyms, fake surrogates, date shifts, encryption): the unlocked workspace
     * vault's, creating keys the policy names but the vault lacks; otherwise a random per-session demo key, so
     * pseudonyms change between sessions (the view says so).
     */
    KeyMaterial keyMaterial() {
        KeyVault unlocked = vault.get();
        if (unlocked == null) {
            return KeyMaterial.fromSeed(sessionSeed);
        }
        MaskingPolicy current = policy.get();
        if (current != null) {
            for (var need : OperatorFactory.requiredKeys(current).entrySet()) {
                if (unlocked.list().stream().noneMatch(k -> k.name().equals(need.getKey()))) {
                    try {
                        unlocked.create(need.getKey(), need.getValue());
                        status.accept(i18n("privacy.key.created", need.getKey()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        return new VaultKeyMaterial(unlocked);
    }

    /** True while {@link #keyMaterial()} is a throw-away demo key (the view shows a notice). */
    public javafx.beans.binding.BooleanBinding demoKeyProperty() {
        return demoKey;
    }

    // ---- dataset -------------------------------------------------------------------------------------------------

    private void datasetChanged(Table now) {
        cancelReview();
        table.set(now);
        detection.set(null);
        review.set(null);
        riskRows.clear();
        outcomeRows.clear();
        utilitySummary.set("");
        riskColumnsText.set("");
        reviewError.set("");
        exportMessage.set("");
        exportState.set(ExportState.NONE);
        policy.set(null);
        datasetName.set(now == null ? "" : now.name());
        List<ColumnRow> rows = new ArrayList<>();
        if (now != null) {
            for (String name : now.columnNames()) {
                rows.add(watch(new ColumnRow(name)));
            }
        }
        columns.setAll(rows);
        if (now == null) {
            policyLocation.set("");
            policyProblems.set("");
            return;
        }
        loadSavedPolicy();
        if (active) {
            detect();
        }
    }

    /**
     * Called when the Privacy section is shown or hidden. Detection starts when the section is first shown with a
     * dataset (not on every load in the Data section, which would scan tables nobody asked about).
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && table.get() != null && detection.get() == null) {
            detect();
        }
    }

    private void loadSavedPolicy() {
        Path file = policyFile();
        if (file == null || !Files.isRegularFile(file)) {
            policyLocation.set(i18n("privacy.policy.unsaved"));
            return;
        }
        try {
            setPolicy(PolicyJson.read(file), false);
            policyLocation.set(i18n("privacy.policy.loaded", file.getFileName()));
        } catch (PolicyException e) {
            policyLocation.set(i18n("privacy.policy.unsaved"));
            dialogs.showError(i18n("privacy.policy.error.read", file.getFileName()), e);
        }
    }

    /** Where the policy of the current dataset is saved, or null without a workspace or dataset. */
    Path policyFile() {
        Workspace workspace = session.workspace();
        if (workspace == null || table.get() == null) {
            return null;
        }
        String base = table.get().name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return workspace.directory().resolve("policies").resolve((base.isEmpty() ? "dataset" : base) + ".policy.json");
    }

    /** Switches to the Data section (from the empty state). */
    public void showData() {
        showDataSection.run();
    }

    // ---- detection -----------------------------------------------------------------------------------------------

    /** Scans the loaded table for personal data in the background (F5). */
    public void detect() {
        Table scanned = table.get();
        if (scanned == null || detecting.get()) {
            return;
        }
        detecting.set(true);
        BackgroundTask<DetectionReport> task = tasks.run(i18n("privacy.task.detect", scanned.name()),
                progress -> PiiDetector.standard().scan(scanned, progress),
                report -> {
                    detecting.set(false);
                    if (scanned == table.get()) {
                        applyDetection(report);
                        status.accept(i18n("privacy.status.detected", scanned.name(), countPersonal(report)));
                    }
                },
                error -> {
                    detecting.set(false);
                    dialogs.showError(i18n("privacy.error.detect", scanned.name()), error);
                });
        task.whenCancelled(() -> {
                detecting.set(false);
            });
    }

    private static long countPersonal(DetectionReport report) {
        return report.columns().stream().filter(c -> c.suggestedRole() != ColumnRole.OTHER).count();
    }

    private void applyDetection(DetectionReport report) {
        detection.set(report);
        syncing = true;
        try {
            for (ColumnRow row : columns) {
                Optional<ColumnDetection> found = report.column(row.column());
                row.entitiesProperty().set(found.map(PrivacyViewModel::entitiesText).orElse(""));
                row.confidenceProperty().set(found.flatMap(ColumnDetection::top).map(EntityMatch::confidence)
                        .orElse(-1.0));
                row.suggestedRoleProperty().set(found.map(ColumnDetection::suggestedRole).orElse(ColumnRole.OTHER));
            }
        } finally {
            syncing = false;
        }
        MaskingPolicy current = policy.get();
        if (current == null) {
            // A draft with the detected roles and no rules yet; saved once the user changes something.
            String name = "Policy for " + report.dataset();
            setPolicy(new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, UUID.randomUUID().toString(), 1, name,
                    Instant.now(), report.suggestedRoles(), List.of()), false);
        } else {
            Map<String, ColumnRole> roles = new LinkedHashMap<>(current.roles());
            report.columns().forEach(c -> roles.putIfAbsent(c.column(), c.suggestedRole()));
            setPolicy(new MaskingPolicy(current.formatVersion(), current.id(), current.revision(), current.name(),
                    current.updatedAt(), roles, current.rules()), false);
        }
    }

    private static String entitiesText(ColumnDetection detection) {
        List<String> parts = new ArrayList<>();
        for (EntityMatch m : detection.matches()) {
            parts.add(i18n("privacy.entity", ReviewFormat.entity(m.entity()), m.confidence()));
        }
        return String.join(", ", parts);
    }

    // ---- policy editing ------------------------------------------------------------------------------------------

    /** Replaces every rule with the suggestion for the current roles (the user's role overrides are respected). */
    public void acceptSuggestedPolicy() {
        MaskingPolicy current = policy.get();
        if (current == null || detection.get() == null) {
            return;
        }
        MaskingPolicy suggested = PolicySuggester.suggest(reportWithCurrentRoles());
        setPolicy(new MaskingPolicy(current.formatVersion(), current.id(), current.revision() + 1, current.name(),
                Instant.now(), current.roles(), suggested.rules()), true);
        status.accept(i18n("privacy.status.accepted", suggested.rules().size()));
    }

    /** The detection report with each column's suggested role replaced by the role in the current policy. */
    private DetectionReport reportWithCurrentRoles() {
        return reportWithCurrentRolesOf(policy.get());
    }

    private ColumnRow watch(ColumnRow row) {
        row.roleProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && policy.get() != null && now != policy.get().roles().get(row.column())) {
                setPolicy(policy.get().withRole(row.column(), now), true);
            }
        });
        row.operatorProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                try {
                    row.paramsProperty().set(defaultParams(row.column(), now));
                } finally {
                    syncing = false;
                }
                applyRule(row);
            }
        });
        row.paramsProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                applyRule(row);
            }
        });
        return row;
    }

    /** The suggested parameters when the user picks the suggested operator again, else none. */
    private String defaultParams(String column, String operator) {
        if (detection.get() == null || policy.get() == null) {
            return "";
        }
        return PolicySuggester.suggest(reportWithCurrentRoles()).ruleFor(column)
                .filter(r -> r.operator().equals(operator))
                .map(r -> RuleParams.format(r.params())).orElse("");
    }

    /** Turns the row's operator and parameter text into a rule; an invalid edit is shown on the row, not applied. */
    private void applyRule(ColumnRow row) {
        MaskingPolicy current = policy.get();
        if (current == null || row.operatorProperty().get() == null) {
            return;
        }
        MaskingRule rule;
        try {
            rule = new MaskingRule(row.column(), row.operatorProperty().get(), RuleParams.parse(row.paramsProperty().get()));
            OperatorFactory.create(rule);
        } catch (IllegalArgumentException | PolicyException e) {
            row.problemProperty().set(e.getMessage());
            return;
        }
        if (!current.ruleFor(row.column()).equals(Optional.of(rule))) {
            setPolicy(current.withRule(rule), true);
        }
    }

    private void setPolicy(MaskingPolicy next, boolean save) {
        policy.set(next);
        syncRows(next);
        List<String> problems = PolicyValidator.problems(next);
        policyProblems.set(String.join("\n", problems));
        if (save) {
            save(next);
        }
        scheduleReview();
    }

    private void syncRows(MaskingPolicy p) {
        List<String> problems = PolicyValidator.problems(p);
        Map<String, MaskingRule> suggested = detection.get() == null ? Map.of()
                : rulesByColumn(PolicySuggester.suggest(reportWithCurrentRolesOf(p)));
        syncing = true;
        try {
            for (ColumnRow row : columns) {
                row.roleProperty().set(p.roles().getOrDefault(row.column(), ColumnRole.OTHER));
                Optional<MaskingRule> rule = p.ruleFor(row.column());
                row.operatorProperty().set(rule.map(MaskingRule::operator).orElse(KeepOperator.ID));
                row.paramsProperty().set(rule.map(r -> RuleParams.format(r.params())).orElse(""));
                MaskingRule s = suggested.get(row.column());
                row.suggestedRuleProperty().set(s == null ? KeepOperator.ID : ReviewFormat.rule(s.operator(), s.params()));
                String quoted = "'" + row.column() + "'";
                row.problemProperty().set(problems.stream().filter(m -> m.contains(quoted)).findFirst().orElse(""));
            }
        } finally {
            syncing = false;
        }
    }

    private DetectionReport reportWithCurrentRolesOf(MaskingPolicy p) {
        DetectionReport report = detection.get();
        List<ColumnDetection> adjusted = report.columns().stream()
                .map(c -> new ColumnDetection(c.column(), c.matches(), p.roles().getOrDefault(c.column(),
                        c.suggestedRole()), c.sampled()))
                .toList();
        return new DetectionReport(report.dataset(), report.rows(), adjusted);
    }

    private static Map<String, MaskingRule> rulesByColumn(MaskingPolicy p) {
        Map<String, MaskingRule> map = new LinkedHashMap<>();
        p.rules().forEach(r -> map.put(r.column(), r));
        return map;
    }

    private void save(MaskingPolicy p) {
        Path file = policyFile();
        if (file == null) {
            return;
        }
        try {
            PolicyJson.write(p, file);
            policyLocation.set(i18n("privacy.policy.saved", file.getFileName(), p.revision()));
        } catch (PolicyException e) {
            dialogs.showError(i18n("privacy.policy.error.write", file.getFileName()), e);
        }
    }

    // ---- review --------------------------------------------------------------------------------------------------

    private void scheduleReview() {
        debouncer.submit(this::startReview);
    }

    private void cancelReview() {
        if (reviewTask != null && reviewTask.isRunning()) {
            reviewTask.cancel();
        }
        reviewTask = null;
        reviewing.set(false);
    }

    /** Masks and measures the current policy now, cancelling a review still running for an older revision. */
    void startReview() {
        cancelReview();
        Table t = table.get();
        MaskingPolicy p = policy.get();
        if (t == null || p == null) {
            return;
        }
        reviewing.set(true);
        KeyMaterial keys = keyMaterial();
        BackgroundTask<PolicyReview> task = tasks.run(i18n("privacy.task.review", t.name()),
                progress -> PolicyReviewer.review(t, p, keys, progress),
                result -> {
                    if (t == table.get() && p == policy.get()) {
                        reviewing.set(false);
                        showReview(result, p);
                    }
                },
                error -> {
                    if (t == table.get() && p == policy.get()) {
                        reviewing.set(false);
                        review.set(null);
                        reviewError.set(i18n("privacy.review.error", error.getMessage()));
                    }
                });
        if (task.isRunning()) {
            reviewTask = task;
            task.whenCancelled(() -> {
                if (task == reviewTask) {
                    reviewing.set(false);
                }
            });
        }
    }

    private void showReview(PolicyReview result, MaskingPolicy p) {
        reviewError.set("");
        review.set(result);
        riskRows.setAll(ReviewFormat.riskRows(result.before(), result.after()));
        outcomeRows.setAll(ReviewFormat.outcomeRows(result, p));
        utilitySummary.set(ReviewFormat.utilitySummary(result));
        riskColumnsText.set(ReviewFormat.riskColumns(result.before()));
    }

    // ---- export --------------------------------------------------------------------------------------------------

    /** Replaces the save dialog (tests inject a fixed path). */
    public void setExportTargetChooser(ExportTargetChooser chooser) {
        this.exportChooser = chooser;
    }

    /** Asks for a target file and exports there (Ctrl+E). */
    public void export() {
        Table t = table.get();
        if (t == null || policy.get() == null || exporting.get()) {
            return;
        }
        String base = t.name().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        Path initial = session.workspace() == null ? null : session.workspace().directory();
        exportChooser.choose(base + "-masked.csv", initial).ifPresent(this::exportTo);
    }

    /** Masks with the current policy, runs the leak scan and writes {@code target} only when nothing leaks. */
    public void exportTo(Path target) {
        exportTo(target, null);
    }

    /**
     * "Export anyway…" after a blocked export: asks the privacy officer for a reason and, when one is typed, writes
     * the last blocked target with the override recorded beside it ({@code core.privacy.review.LeakOverride}).
     */
    public void exportAnyway() {
        Path target = blockedTarget;
        if (target == null || exporting.get() || exportState.get() != ExportState.BLOCKED) {
            return;
        }
        dialogs.askText(i18n("privacy.export.anyway.header", target.getFileName()),
                i18n("privacy.export.anyway.prompt")).filter(r -> !r.isBlank()).ifPresent(r -> exportTo(target, r));
    }

    private void exportTo(Path target, String overrideReason) {
        Table t = table.get();
        MaskingPolicy p = policy.get();
        if (t == null || p == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        exportMessage.set(i18n("privacy.export.running"));
        exportState.set(ExportState.NONE);
        blockedTarget = null;
        KeyMaterial keys = keyMaterial();
        Path input = inputFile(t);
        MaskedDatasets.Lineage lineage = lineage(t);
        BackgroundTask<MaskedExport.Outcome> task = tasks.run(i18n("privacy.task.export", target.getFileName()),
                progress -> MaskedExport.export(t, p, keys, input, target, overrideReason, lineage, progress),
                outcome -> {
                    exporting.set(false);
                    if (outcome.blocked()) {
                        blockedTarget = target;
                        exportState.set(ExportState.BLOCKED);
                        String cols = ReviewFormat.leakColumns(outcome.leaks());
                        exportMessage.set(i18n("privacy.export.blocked.inline", cols));
                        status.accept(i18n("privacy.export.blocked.inline", cols));
                        dialogs.showInformation(i18n("privacy.export.blocked.header", cols),
                                ReviewFormat.leakLines(outcome.leaks()));
                    } else {
                        exportState.set(ExportState.WRITTEN);
                        if (outcome.dataset() != null) {
                            session.datasetsChanged();
                        }
                        exportMessage.set(outcome.overridden()
                                ? i18n("privacy.export.overridden", outcome.rows(), target.getFileName())
                                : i18n("privacy.export.done", outcome.rows(), target.getFileName()));
                        status.accept(outcome.overridden() ? i18n("privacy.export.overridden", outcome.rows(), target)
                                : i18n("privacy.export.done", outcome.rows(), target));
                    }
                },
                error -> {
                    exporting.set(false);
                    exportMessage.set("");
                    dialogs.showError(i18n("privacy.export.error", target.getFileName()), error);
                });
        task.whenCancelled(() -> {
                exporting.set(false);
                exportMessage.set("");
            });
    }

    /**
     * Where a written export is kept as a masked workspace dataset: the open workspace, with the dataset the table
     * was loaded from as parent (none when the table is not a workspace dataset, e.g. a session join).
     */
    private MaskedDatasets.Lineage lineage(Table t) {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return null;
        }
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        return new MaskedDatasets.Lineage(catalog, catalog.find(t.name()).filter(d -> d.name().equals(t.name()))
                .orElse(null));
    }

    /** The workspace file the table was loaded from, so the export never replaces it. */
    private Path inputFile(Table t) {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            return null;
        }
        return workspace.datasets().stream().filter(d -> d.name().equals(t.name())).map(Workspace.DatasetEntry::path)
                .findFirst().orElse(null);
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    /** The table the section works on (the Data section's loaded table), or null. */
    public ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Whether a dataset is loaded. */
    public BooleanBinding hasTable() {
        return table.isNotNull();
    }

    /** The dataset's name. */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** The latest detection result, or null. */
    public ReadOnlyObjectProperty<DetectionReport> detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    /** The current policy, or null before detection (and without a saved policy). */
    public ReadOnlyObjectProperty<MaskingPolicy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    /** One row per column of the dataset. */
    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The policy validator's problems, one per line; empty when the policy is valid. */
    public ReadOnlyStringProperty policyProblemsProperty() {
        return policyProblems.getReadOnlyProperty();
    }

    /** Where the policy is saved ("Saved as customers.policy.json (revision 4)"). */
    public ReadOnlyStringProperty policyLocationProperty() {
        return policyLocation.getReadOnlyProperty();
    }

    /** Whether detection is running. */
    public ReadOnlyBooleanProperty detectingProperty() {
        return detecting.getReadOnlyProperty();
    }

    /** Whether a review is running. */
    public ReadOnlyBooleanProperty reviewingProperty() {
        return reviewing.getReadOnlyProperty();
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The latest review of the current policy, or null. */
    public ReadOnlyObjectProperty<PolicyReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Why the review failed (e.g. a rule for a column the dataset lacks); empty otherwise. */
    public ReadOnlyStringProperty reviewErrorProperty() {
        return reviewError.getReadOnlyProperty();
    }

    /** Risk before and after, one row per measure. */
    public ObservableList<RiskRow> riskRows() {
        return riskRows;
    }

    /** Per-column summary of the review. */
    public ObservableList<OutcomeRow> outcomeRows() {
        return outcomeRows;
    }

    /** One line on the utility cost. */
    public ReadOnlyStringProperty utilitySummaryProperty() {
        return utilitySummary.getReadOnlyProperty();
    }

    /** The columns risk is measured over ("Quasi-identifiers: birth_date, gender · sensitive: annual_income"). */
    public ReadOnlyStringProperty riskColumnsTextProperty() {
        return riskColumnsText.getReadOnlyProperty();
    }

    /** The outcome of the last export, shown next to the Export button. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** How the last export ended. */
    public ReadOnlyObjectProperty<ExportState> exportStateProperty() {
        return exportState;
    }

    /** Whether Accept suggested policy is unavailable. */
    public BooleanBinding acceptDisabled() {
        return Bindings.createBooleanBinding(() -> detection.get() == null || policy.get() == null, detection, policy);
    }

    /** Whether "Export anyway…" is offered: the last export was blocked and nothing runs. */
    public BooleanBinding exportAnywayAvailable() {
        return Bindings.createBooleanBinding(() -> exportState.get() == ExportState.BLOCKED && !exporting.get(),
                exportState, exporting);
    }

    /** Whether Export is unavailable. */
    public BooleanBinding exportDisabled() {
        return Bindings.createBooleanBinding(() -> table.get() == null || policy.get() == null || exporting.get(),
                table, policy, exporting);
    }
}
