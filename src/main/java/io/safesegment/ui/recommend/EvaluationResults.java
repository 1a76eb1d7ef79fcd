package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The evaluation protocol fields (split, folds, k, test share, user sample, seed) and the results shown: one row per
 * model, one row per model and customer segment, and the list of runs saved in the workspace.
 */
public final class EvaluationResults {
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(this, "split", SplitKind.RANDOM);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 3);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 10);
    private final DoubleProperty testShare = new SimpleDoubleProperty(this, "testShare", 0.2);
    private final IntegerProperty maxUsers = new SimpleIntegerProperty(this, "maxUsers", 2_000);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ObservableList<MetricRow> overall = FXCollections.observableArrayList();
    private final ObservableList<MetricRow> bySegment = FXCollections.observableArrayList();
    private final ObservableList<EvaluationRunStore.Summary> savedRuns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * The protocol from the fields.
     *
     * @throws IllegalArgumentException with the core's message when a value is out of range
     */
    public EvaluationOptions options() {
        return new EvaluationOptions(split.get(), folds.get(), k.get(), testShare.get(), maxUsers.get(), null,
                seed.get());
    }

    /** Shows {@code report}: one row per model and one per (model, segment). */
    void show(EvaluationReport report, String source) {
        List<MetricRow> rows = new ArrayList<>();
        List<MetricRow> segmentRows = new ArrayList<>();
        for (ModelEvaluation m : report.models()) {
            rows.add(new MetricRow(m.model(), null, m.overall()));
            m.segments().forEach((segment, metrics) -> segmentRows.add(new MetricRow(m.model(), segment, metrics)));
        }
        overall.setAll(rows);
        bySegment.setAll(segmentRows);
        EvaluationOptions o = report.options();
        summary.set(i18n("recommend.eval.summary", source, report.users(), report.items(), report.interactions(),
                splitName(o.split()), report.models().isEmpty() ? 0 : report.models().getFirst().folds(), o.k(),
                String.valueOf(o.seed())));
    }

    /** Translated name of a split kind. */
    public static String splitName(SplitKind kind) {
        return switch (kind) {
            case RANDOM -> i18n("recommend.split.random");
            case TEMPORAL -> i18n("recommend.split.temporal");
        };
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public DoubleProperty testShareProperty() {
        return testShare;
    }

    public IntegerProperty maxUsersProperty() {
        return maxUsers;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObservableList<MetricRow> overall() {
        return overall;
    }

    public ObservableList<MetricRow> bySegment() {
        return bySegment;
    }

    public ObservableList<EvaluationRunStore.Summary> savedRuns() {
        return savedRuns;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
