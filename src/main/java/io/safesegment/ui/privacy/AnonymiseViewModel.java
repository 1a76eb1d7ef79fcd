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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Anonymise pane (issue #16, decision 0019): targets (k, l, t, suppression limit) over the quasi-identifiers of
 * the applied policy, "Find optimal" as a cancellable background search, the optimum's generalisation levels, the
 * highest prosecutor risk before and after, and the solution space (every lattice node: height against loss).
 * Hierarchies are built from the column values ({@link PrivacyService#suggestHierarchy}). Nothing is recorded in the
 * session recipe: the pane only shows the optimum and writes nothing, and the Privacy section records steps only
 * when data are written (Export masked); a recipe's {@code anonymise} step is written by hand.
 */
public final class AnonymiseViewModel {
    /** One lattice node of the solution-space plot. */
    public record SolutionPoint(int height, double loss, boolean optimum, String levels) {
    }

    private final PrivacyState state;
    private final ExclusiveTask searching;
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final IntegerProperty l = new SimpleIntegerProperty(this, "l", 0);
    private final DoubleProperty t = new SimpleDoubleProperty(this, "t", 0);
    private final DoubleProperty suppressionPercent = new SimpleDoubleProperty(this, "suppressionPercent", 4);
    private final ReadOnlyStringWrapper levels = new ReadOnlyStringWrapper(this, "levels", "");
    private final ReadOnlyStringWrapper risk = new ReadOnlyStringWrapper(this, "risk", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<SolutionPoint> points = FXCollections.observableArrayList();
    private final StringBinding quasiIdentifierText;

    AnonymiseViewModel(PrivacyState state) {
        this.state = state;
        this.searching = new ExclusiveTask(state.tasks, state.dialogs,
                () -> message.set(i18n("privacy.anon.cancelled")));
        quasiIdentifierText = Bindings.createStringBinding(() -> quasiIdentifiers().isEmpty()
                ? i18n("privacy.anon.noqi") : i18n("privacy.anon.qis", String.join(", ", quasiIdentifiers())),
                state.policy, state.table);
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
        return p == null ? null : state.table.get().columnNames().stream()
                .filter(c -> p.roles().get(c) == ColumnRole.SENSITIVE).findFirst().orElse(null);
    }

    /** The search's options from the targets; l-diversity and t-closeness only with a sensitive column. */
    AnonymiseOptions options(Table table, List<String> qis) {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        qis.forEach(q -> hierarchies.put(q, PrivacyService.suggestHierarchy(table, q)));
        String sensitive = sensitive();
        List<PrivacyModel> models = new ArrayList<>(List.of(new PrivacyModel.KAnonymity(k.get())));
        if (sensitive != null && l.get() >= 2) {
            models.add(new PrivacyModel.LDiversity(l.get(), PrivacyModel.LVariant.DISTINCT, 0));
        }
        if (sensitive != null && t.get() > 0) {
            models.add(new PrivacyModel.TCloseness(t.get(), PrivacyModel.TDistance.EQUAL));
        }
        return new AnonymiseOptions(qis, hierarchies, sensitive, models, suppressionPercent.get() / 100,
                UtilityMetric.LOSS, 1);
    }

    private record Outcome(AnonymisationResult result, Transformation before, List<Transformation> space) {
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
        } catch (IllegalArgumentException e) {
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
            List<Transformation> space = result.latticeSize() > PrivacyService.SOLUTION_SPACE_LIMIT ? List.of()
                    : PrivacyService.solutionSpace(table, options, progress.slice(0.5, 1));
            return new Outcome(result, before, space);
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
        List<Integer> optimum = r.found() ? r.optimum().levels() : List.of();
        points.setAll(o.space().stream().filter(Transformation::acceptable)
                .map(n -> new SolutionPoint(n.height(), n.loss(), n.levels().equals(optimum), n.levels().toString()))
                .toList());
    }

    /** Forgets the last result (new dataset or a new search). */
    void clear() {
        levels.set("");
        risk.set("");
        message.set("");
        points.clear();
    }

    /** Stops the running search. */
    public void cancel() {
        searching.cancel();
    }

    /** Target k of k-anonymity (at least 2). */
    public IntegerProperty kProperty() {
        return k;
    }

    /** Target l of distinct l-diversity on the sensitive column; below 2 means off. */
    public IntegerProperty lProperty() {
        return l;
    }

    /** Target t of t-closeness (equal distance) on the sensitive column; 0 means off. */
    public DoubleProperty tProperty() {
        return t;
    }

    /** Share of rows that may be suppressed, in percent. */
    public DoubleProperty suppressionPercentProperty() {
        return suppressionPercent;
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

    /** The acceptable lattice nodes for the plot (the optimum flagged). */
    public ObservableList<SolutionPoint> points() {
        return points;
    }

    /** True while the search runs. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.busyProperty();
    }
}
