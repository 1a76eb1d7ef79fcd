package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.ProgressWork;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Recommendations panes share: the open workspace, the one background task of the section, the built
 * interactions, the trained models and the recipe recorder. Each pane ViewModel reads and changes only this, so
 * the panes stay independent of each other.
 */
final class RecommendSection {
    final WorkspaceSession session;
    final DialogService dialogs;
    final Consumer<String> status;
    final ExclusiveTask exclusive;
    final RecommendRecipe recipe;
    final ReadOnlyObjectWrapper<BuiltInteractions> built = new ReadOnlyObjectWrapper<>(this, "built");
    final ReadOnlyStringWrapper dataSummary = new ReadOnlyStringWrapper(this, "dataSummary", "");
    final ObservableList<TrainedModel> trained = FXCollections.observableArrayList();
    /** The datasets the current interactions were built from, recorded with evaluation runs. */
    List<RunDatasets.Used> builtFrom = List.of();

    RecommendSection(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.dialogs = dialogs;
        this.status = status;
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("recommend.status.cancelled")));
        this.recipe = new RecommendRecipe(session.recipe());
    }

    /** Reads user input; a value out of range is shown to the user (translated core message) and gives null. */
    <T> T withUserInput(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("recommend.error.input"), e);
            return null;
        }
    }

    /** Starts work unless another task of the section runs. */
    <T> void start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        exclusive.start(title, work, onSuccess);
    }

    /** The trained model called {@code name}, or null. */
    TrainedModel trainedModel(String name) {
        return name == null ? null : trained.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
