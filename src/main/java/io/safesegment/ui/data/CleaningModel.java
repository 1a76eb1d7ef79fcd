package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.data.clean.StepOutcome;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The cleaning steps of the current dataset. Adding a step applies it to the cleaned table; undo drops the last
 * step and re-applies the rest to the original ({@link CleaningPipeline}). Every change is saved with the workspace,
 * recorded as a recipe {@code clean} step, and the cleaned table becomes the Data section's table.
 */
public final class CleaningModel {
    private final DataViewModel data;
    private final ExclusiveTask exclusive;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private CleaningPipeline pipeline = CleaningPipeline.empty();
    private String dataset;

    /** A step as listed: what it does and what it did. */
    public record StepRow(CleaningStep step, String description, String outcome) {
    }

    CleaningModel(DataViewModel data, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.data = data;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("status.cancelled")));
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Shows {@code original} as dataset {@code name} and re-applies its saved {@code saved} steps. */
    void restore(String name, Table original, CleaningPipeline saved) {
        dataset = name;
        pipeline = CleaningPipeline.empty();
        steps.clear();
        data.show(name, original);
        if (!saved.steps().isEmpty()) {
            reapply(saved, false);
        }
    }

    /** Appends {@code step} and applies it to the cleaned table. */
    public void add(CleaningStep step) {
        Table current = data.tableProperty().get();
        if (current == null || exclusive.isBusy()) {
            return;
        }
        String described = DatasetService.describe(step);
        exclusive.start(i18n("data.task.clean", described),
                progress -> DatasetService.applyStep(current, step),
                outcome -> {
                    pipeline = pipeline.then(step);
                    steps.add(new StepRow(step, described, describe(outcome)));
                    data.setCleaned(outcome.table());
                    save();
                    data.recorder().cleaned(dataset, CleaningPipeline.empty().then(step));
                    status.accept(i18n("data.status.cleaned", described, outcome.summary()));
                },
                error -> {
                    dialogs.showError(i18n("data.error.clean", described), error);
                });
    }

    /** Removes the last step and re-applies the others to the original table. */
    public void undo() {
        if (pipeline.steps().isEmpty() || exclusive.isBusy()) {
            return;
        }
        reapply(pipeline.undo(), true);
    }

    private void reapply(CleaningPipeline target, boolean persist) {
        Table original = data.originalProperty().get();
        if (original == null) {
            return;
        }
        exclusive.start(i18n("data.task.reapply", target.steps().size()),
                progress -> target.apply(original, progress),
                result -> {
                    pipeline = target;
                    List<StepRow> rows = new ArrayList<>();
                    for (int i = 0; i < target.steps().size(); i++) {
                        CleaningStep step = target.steps().get(i);
                        rows.add(new StepRow(step, DatasetService.describe(step), describe(result.outcomes().get(i))));
                    }
                    steps.setAll(rows);
                    data.setCleaned(target.steps().isEmpty() ? original : result.table());
                    if (persist) {
                        save();
                        data.recorder().undone(dataset, target);
                    }
                },
                error -> {
                    dialogs.showError(i18n("data.error.reapply"), error);
                });
    }

    private static String describe(StepOutcome outcome) {
        return outcome.failedValues().isEmpty() ? outcome.summary()
                : i18n("data.clean.failed", outcome.summary(), String.join(", ", outcome.failedValues()));
    }

    private void save() {
        if (dataset != null && data.sessionTable(dataset) == null) {
            DatasetService.saveSteps(data.session().workspace(), dataset, pipeline);
        }
    }

    /** The steps applied to the current dataset, in order. */
    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** Name of the dataset whose steps these are, or null. */
    String dataset() {
        return dataset;
    }

    /** The current pipeline. */
    public CleaningPipeline pipeline() {
        return pipeline;
    }

    /** Whether a step is being applied. */
    public ReadOnlyBooleanProperty runningProperty() {
        return exclusive.busyProperty();
    }

    /** Whether Undo has nothing to do. */
    public BooleanBinding undoDisabled() {
        return Bindings.isEmpty(steps).or(exclusive.busyProperty());
    }
}
