package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.Transformation;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tech.tablesaw.api.Table;

/**
 * The Anonymise pane (issue #16, decision 0019): targets over the quasi-identifiers of the applied policy, the
 * hierarchies (built from the values or imported ARX files), "Find optimal" as a cancellable background search, the
 * optimum's levels and risk, and the solution space to pick another candidate from. "Apply to policy" turns the
 * pick into generalise-by-hierarchy rules (hierarchy files saved beside the policy) and the targets into the
 * policy's risk targets; "Set as policy targets" stores the targets alone. Neither writes data: the export masks with
 * the applied policy and records MASK + EXPORT steps (policy id and revision), so no ANONYMISE step is recorded here.
 */
public final class AnonymiseViewModel {
    private final PrivacyState state;
    private final ReadOnlyBooleanProperty draftDirty;
    private final Runnable policyReplaced;
    private final ExclusiveTask searching;
    private final AnonymiseTargets targets = new AnonymiseTargets();
    private final HierarchyChoices hierarchies;
    private final SolutionSpace space = new SolutionSpace();
    private final MarketingUtility utility;
    private final ReadOnlyStringWrapper levels = new ReadOnlyStringWrapper(this, "levels", "");
    private final ReadOnlyStringWrapper risk = new ReadOnlyStringWrapper(this, "risk", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding quasiIdentifierText;

    /**
     * @param draftDirty     whether the policy editor has unapplied edits (applying from here would lose them)
     * @param policyReplaced tells the editor that a new policy revision was applied from this pane
     */
    AnonymiseViewModel(PrivacyState state, ReadOnlyBooleanProperty draftDirty, Runnable policyReplaced) {
        this.state = state;
        this.draftDirty = draftDirty;
        this.policyReplaced = policyReplaced;
        this.searching = new ExclusiveTask(state.tasks, state.dialogs,
                () -> message.set(i18n("privacy.anon.cancelled")));
        this.hierarchies = new HierarchyChoices(state, this::hierarchyColumns);
        this.utility = new MarketingUtility(state, space);
        quasiIdentifierText = Bindings.createStringBinding(() -> quasiIdentifiers().isEmpty()
                ? i18n("privacy.anon.noqi") : i18n("privacy.anon.qis", String.join(", ", quasiIdentifiers())),
                state.policy, state.table);
        state.policy.addListener((obs, old, now) -> {
            if (now != null && now.riskTargets() != null) { // a (re)loaded policy's targets fill the panel
                targets.load(now.riskTargets());
                hierarchies.useStoredTHierarchy(now.riskTargets(), sensitive());
            }
            hierarchies.refresh();
        });
        state.table.addListener((obs, old, now) -> hierarchies.refresh());
    }

    /** Columns with the quasi-identifier role in the applied policy that the table has, in table order. */
    List<String> quasiIdentifiers() {
        MaskingPolicy p = state.policy.get();
        Table table = state.table.get();
        if (p == null || table == null) {
            return List.of();
        }
        return table.columnNames().stream().filter(c -> p.roles().get(c) == ColumnRole.QUASI_IDENTIFIER).toList();
    }

    private String sensitive() {
        MaskingPolicy p = state.policy.get();
        Table table = state.table.get();
        return p == null || table == null ? null : table.columnNames().stream()
                .filter(c -> p.roles().get(c) == ColumnRole.SENSITIVE).findFirst().orElse(null);
    }

    /** The quasi-identifiers, and the sensitive column when hierarchical t-closeness needs its hierarchy. */
    private List<String> hierarchyColumns() {
        List<String> out = new ArrayList<>(quasiIdentifiers());
        String s = sensitive();
        if (s != null && targets.hierarchicalT(true)) {
            out.add(s);
        }
        return out;
    }

    /** The search's options from the targets and the hierarchies. */
    AnonymiseOptions options(Table table, List<String> qis) {
        String sensitive = sensitive();
        Map<String, Hierarchy> chosen = new LinkedHashMap<>();
        qis.forEach(q -> chosen.put(q, hierarchies.hierarchy(table, q)));
        if (targets.hierarchicalT(sensitive != null)) {
            chosen.put(sensitive, hierarchies.hierarchy(table, sensitive));
        }
        return new AnonymiseOptions(qis, chosen, sensitive, targets.models(sensitive != null),
                targets.suppressionPercentProperty().get() / 100, targets.metricProperty().get(), 1);
    }

    private record Outcome(AnonymisationResult result, Transformation before, List<Transformation> space,
                           AnonymiseOptions options) {
    }

    /** Finds the optimal transformation for the targets in the background (Find optimal). */
    public void findOptimal() {
        Table table = state.table.get();
        List<String> qis = quasiIdentifiers();
        if (table == null || qis.isEmpty()) {
            message.set(i18n("privacy.anon.noqi"));
            return;
        }
        AnonymiseOptions options;
        try {
            options = options(table, qis);
        } catch (IllegalArgumentException e) { // a target out of range, or an uncovered value: the text says which
            message.set(I18n.message(e));
            return;
        }
        clear();
        message.set(i18n("privacy.anon.running"));
        searching.start(i18n("privacy.anon.task", table.name()), progress -> {
            AnonymisationResult result = PrivacyService.anonymise(table, options, progress.slice(0, 0.5));
            AnonymiseOptions raw = new AnonymiseOptions(qis, options.hierarchies(), null,
                    List.of(new PrivacyModel.KAnonymity(1)), 0, UtilityMetric.LOSS, 1);
            Transformation before = PrivacyService.measure(table, raw, new int[qis.size()]);
            List<Transformation> nodes = result.latticeSize() > PrivacyService.SOLUTION_SPACE_LIMIT ? List.of()
                    : PrivacyService.solutionSpace(table, options, progress.slice(0.5, 1));
            return new Outcome(result, before, nodes, options);
        }, this::show);
    }

    private void show(Outcome o) {
        AnonymisationResult r = o.result();
        if (!r.found()) {
            message.set(i18n("privacy.anon.none", r.transformationsChecked()));
        } else {
            Transformation best = r.optimum();
            levels.set(r.levels().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
            risk.set(i18n("privacy.anon.risk", 100.0 / Math.max(1, o.before().smallestClass()),
                    100.0 / Math.max(1, best.smallestClass())));
            message.set(i18n("privacy.anon.found", best.loss() * 100, best.suppressedRows(), r.rows(),
                    r.transformationsChecked(), r.latticeSize()));
        }
        if (o.space().isEmpty() && r.latticeSize() > PrivacyService.SOLUTION_SPACE_LIMIT) {
            message.set(message.get() + "\n" + i18n("privacy.anon.space.large", PrivacyService.SOLUTION_SPACE_LIMIT));
        }
        space.show(o.options(), o.before(), r.rows(), o.space(), r.optimum(), hierarchies.savedFiles(o.options().hierarchies().keySet()));
        hierarchies.refresh();
    }

    /**
     * Applies the picked candidate: saves its hierarchies beside the policy, replaces the quasi-identifiers' rules
     * with the generalise-by-hierarchy rules of the pick and stores the targets as the policy's risk targets, in one
     * new revision.
     */
    public void applyPick() {
        SolutionSpace.Point pick = space.pickedProperty().get();
        MaskingPolicy current = state.policy.get();
        if (pick == null || current == null || !canChangePolicy()) {
            return;
        }
        AnonymiseOptions options = space.options();
        Map<String, Path> files = hierarchies.savedFiles(options.hierarchies().keySet());
        try {
            for (var e : files.entrySet()) {
                HierarchyChoices.save(options.hierarchies().get(e.getKey()), e.getValue());
            }
        } catch (java.io.IOException | RuntimeException e) {
            state.dialogs.showError(i18n("privacy.anon.apply.error"), e);
            return;
        }
        var rules = new ArrayList<>(current.rules().stream()
                .filter(r -> !options.quasiIdentifiers().contains(r.column())).toList());
        rules.addAll(space.ruleSet(pick));
        MaskingPolicy next = new MaskingPolicy(current.formatVersion(), current.id(), current.revision() + 1,
                current.name(), java.time.Instant.now(), current.roles(), rules,
                targets.riskTargets(options.sensitive() != null, files.get(options.sensitive())));
        if (state.apply(next)) {
            policyReplaced.run();
            message.set(i18n("privacy.anon.applied", pick.levels(), next.revision()));
        }
    }

    /** Stores the targets as the applied policy's risk targets (a new revision); exports are checked against them. */
    public void saveTargets() {
        MaskingPolicy current = state.policy.get();
        if (current == null || !canChangePolicy()) {
            return;
        }
        MaskingPolicy next;
        String sensitive = sensitive();
        try {
            Path tHierarchy = targets.hierarchicalT(sensitive != null)
                    ? hierarchies.saveForT(state.table.get(), sensitive) : null;
            next = current.withRiskTargets(targets.riskTargets(sensitive != null, tHierarchy));
        } catch (java.io.IOException | RuntimeException e) {
            message.set(I18n.message(e)); // the risk target's range, in the UI language
            return;
        }
        if (state.apply(next)) {
            policyReplaced.run();
            message.set(i18n("privacy.anon.targets.saved", next.revision()));
        }
    }

    /** A new revision may be written only into a workspace and without unapplied editor changes. */
    private boolean canChangePolicy() {
        if (state.policyFile() == null) {
            message.set(i18n("privacy.anon.apply.noworkspace"));
            return false;
        }
        if (draftDirty.get()) {
            message.set(i18n("privacy.anon.apply.dirty"));
            return false;
        }
        return true;
    }

    /** Forgets the last result and imported hierarchies (new dataset). */
    void reset() {
        clear();
        hierarchies.clear();
    }

    /** Forgets the last result (a new search). */
    void clear() {
        levels.set("");
        risk.set("");
        message.set("");
        space.clear();
        utility.clear();
    }

    /** Stops the running search. */
    public void cancel() {
        searching.cancel();
    }

    /** The targets panel. */
    public AnonymiseTargets targets() {
        return targets;
    }

    /** The hierarchy per column, with import and export. */
    public HierarchyChoices hierarchies() {
        return hierarchies;
    }

    /** The solution space and the picked candidate. */
    public SolutionSpace space() {
        return space;
    }

    /** What marketing keeps with the candidates (measured on request). */
    public MarketingUtility utility() {
        return utility;
    }

    /** "Quasi-identifiers: age, postcode" or why there are none. */
    public StringBinding quasiIdentifierText() {
        return quasiIdentifierText;
    }

    /** The optimum's level per quasi-identifier ("age 2, postcode 1"). */
    public ReadOnlyStringProperty levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    /** Highest prosecutor risk before and after. */
    public ReadOnlyStringProperty riskProperty() {
        return risk.getReadOnlyProperty();
    }

    /** The outcome or why there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the search runs. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.busyProperty();
    }
}
