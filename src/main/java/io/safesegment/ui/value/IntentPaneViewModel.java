package io.safesegment.ui.value;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.value.BinaryMetrics;
import io.safesegment.core.value.Calibration;
import io.safesegment.core.value.IntentModel;
import io.safesegment.core.value.IntentModelResult;
import io.safesegment.core.value.IntentOptions;
import io.safesegment.core.value.IntentResult;
import io.safesegment.core.value.IntentTarget;
import io.safesegment.core.value.ValueService;
import io.safesegment.ui.common.ExclusiveTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Purchase-intent pane: target ("buys within N days" or a customer column), models, folds, seed and calibration;
 * runs {@link ValueService#intent} in the background and keeps one comparison row per model plus the curves.
 */
public final class IntentPaneViewModel {
    /** One row of the comparison table. */
    public record ModelRow(String model, String auc, String prAuc, String accuracy, String precision, String recall,
                           String f1, String trainMillis, String topFeatures) {
    }

    private final StringProperty customersFile;
    private final StringProperty transactionsFile;
    private final ExclusiveTask task;
    private final Consumer<String> status;
    private final StringProperty horizonDays = new SimpleStringProperty(this, "horizonDays", "90");
    private final StringProperty targetColumn = new SimpleStringProperty(this, "targetColumn", "");
    private final StringProperty positive = new SimpleStringProperty(this, "positive", "");
    private final StringProperty folds = new SimpleStringProperty(this, "folds", "5");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final ObjectProperty<Calibration> calibration = new SimpleObjectProperty<>(this, "calibration",
            Calibration.NONE);
    private final Map<IntentModel, BooleanProperty> chosen = new EnumMap<>(IntentModel.class);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<ModelRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<IntentResult> result = new SimpleObjectProperty<>(this, "result");

    IntentPaneViewModel(StringProperty customersFile, StringProperty transactionsFile, ExclusiveTask task,
                        Consumer<String> status) {
        this.customersFile = customersFile;
        this.transactionsFile = transactionsFile;
        this.task = task;
        this.status = status;
        for (IntentModel m : IntentModel.values()) {
            // forest and SVM take the longest: off by default, one click away
            chosen.put(m, new SimpleBooleanProperty(this, m.cliName(), m != IntentModel.FOREST
                    && m != IntentModel.SVM));
        }
    }

    /** Validates and evaluates in the background; false (with a status message) when the settings are invalid. */
    public boolean evaluate() {
        IntentOptions options;
        IntentTarget target;
        Path customers;
        Path transactions;
        try {
            List<IntentModel> models = new ArrayList<>();
            chosen.forEach((m, on) -> {
                if (on.get()) {
                    models.add(m);
                }
            });
            if (models.isEmpty() || customersFile.get().isBlank()) {
                status.accept(models.isEmpty() ? i18n("value.error.noModel") : i18n("value.error.noCustomers"));
                return false;
            }
            options = new IntentOptions(models, Integer.parseInt(folds.get().trim()),
                    Long.parseLong(seed.get().trim()), calibration.get(), true);
            target = targetColumn.get().isBlank() ? IntentTarget.horizon(Integer.parseInt(horizonDays.get().trim()))
                    : IntentTarget.column(targetColumn.get().trim(), positive.get().isBlank() ? null
                    : positive.get().trim());
            customers = Path.of(customersFile.get().trim());
            transactions = transactionsFile.get().isBlank() ? null : Path.of(transactionsFile.get().trim());
        } catch (IllegalArgumentException e) {
            status.accept(i18n("value.error.settings"));
            return false;
        }
        IntentOptions o = options;
        IntentTarget t = target;
        return task.start(i18n("value.task.intent"), progress -> ValueService.intent(
                SegmentationService.readTable(customers, RoleMapping.empty(), progress.slice(0, 0.05)),
                RoleMapping.empty(), transactions == null ? null : SegmentationService.readTable(transactions,
                        RoleMapping.empty(), progress.slice(0.05, 0.15)), RoleMapping.empty(), null, t, List.of(), o,
                progress.slice(0.15, 1)), this::show);
    }

    private void show(IntentResult r) {
        result.set(r);
        rows.setAll(r.models().stream().map(m -> {
            BinaryMetrics b = m.metrics();
            return new ModelRow(modelName(m.model()), f(b.auc()), f(b.prAuc()),
                    f(b.accuracy()), f(b.precision()), f(b.recall()), f(b.f1()), String.valueOf(m.trainMillis()),
                    String.join(", ", m.importance().stream().limit(3)
                            .map(IntentModelResult.FeatureImportance::feature).toList()));
        }).toList());
        summary.set(i18n("value.intent.summary", r.target(), r.positiveLabel(), r.positives(), r.customers(),
                r.featureNames().size(), r.options().folds(), r.options().seed()));
        status.accept(i18n("value.intent.done", r.models().size()));
    }

    /** The translated model name. */
    public static String modelName(IntentModel m) {
        return switch (m) {
            case LOGISTIC -> i18n("value.model.logistic");
            case TREE -> i18n("value.model.tree");
            case FOREST -> i18n("value.model.forest");
            case GBM -> i18n("value.model.gbm");
            case SVM -> i18n("value.model.svm");
        };
    }

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–";
    }

    /** Whether {@code model} is compared. */
    public BooleanProperty modelProperty(IntentModel model) {
        return chosen.get(model);
    }

    /** N of "buys within N days" (used when no target column is given). */
    public StringProperty horizonDaysProperty() {
        return horizonDays;
    }

    /** Target column of the customers, or empty for the horizon target. */
    public StringProperty targetColumnProperty() {
        return targetColumn;
    }

    /** Positive value of the target column, or empty for the rarer one. */
    public StringProperty positiveProperty() {
        return positive;
    }

    /** Folds. */
    public StringProperty foldsProperty() {
        return folds;
    }

    /** Seed (shown, recorded in the result). */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Calibration. */
    public ObjectProperty<Calibration> calibrationProperty() {
        return calibration;
    }

    /** Calibrations offered. */
    public List<Calibration> calibrations() {
        return List.of(Calibration.values());
    }

    /** Summary line. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** One row per model. */
    public ObservableList<ModelRow> rows() {
        return rows;
    }

    /** The last result, or null. */
    public ObjectProperty<IntentResult> resultProperty() {
        return result;
    }
}
