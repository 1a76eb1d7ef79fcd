package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The Recipe panel: the window's recorded recipe as a step list that can be edited (remove, reorder), saved, opened,
 * validated (dry run) and replayed into the open workspace, one task at a time, with each step's outcome shown. The
 * steps live in {@link SessionRecipe}; this model mirrors them and adds outcomes and problems.
 */
public final class RecipeViewModel {
    private final WorkspaceSession session;
    private final ObservableValue<KeyVault> vault;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final ExclusiveTask task;
    private final RecipeRows rows = new RecipeRows();
    private final ObservableList<StepRow> steps = rows.steps();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private Path directory;
    private Supplier<String> statusText = () -> "";
    private boolean defaultTitle = true;

    /**
     * @param vault    the window's unlocked key vault, null while locked (replays use a private copy of it)
     * @param uiThread runs step outcomes of a running replay on the UI thread ({@code Platform::runLater} in the
     *                 app, {@code Runnable::run} in tests)
     */
    public RecipeViewModel(WorkspaceSession session, ObservableValue<KeyVault> vault, TaskExecutor tasks,
                           DialogService dialogs, Executor uiThread) {
        this.session = session;
        this.vault = vault;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.task = new ExclusiveTask(tasks, dialogs, this::cancelled);
        title.set(i18n("recipe.defaultTitle"));
        session.recipe().addListener(this::recipeChanged);
        recipeChanged();
    }

    /** The recorded steps with their last outcomes. */
    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** Why the opened, validated or replayed recipe cannot run: "Step 3 · k: …", empty when nothing is wrong. */
    public ObservableList<String> problems() {
        return rows.problems();
    }

    /** The recipe's title (its {@code name} in the file). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the panel last did, in the UI language. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The running dry run's or replay's progress, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a file is read, a dry run or a replay runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return task.busyProperty();
    }

    /** True when nothing is recorded (Save as…, Dry run and Replay are then off). */
    public BooleanBinding emptyBinding() {
        return Bindings.isEmpty(steps);
    }

    /** True when a dry run or replay can start: a workspace is open, steps exist and nothing runs. */
    public BooleanBinding canRunBinding() {
        return session.workspaceProperty().isNotNull().and(Bindings.isNotEmpty(steps)).and(task.busyProperty().not());
    }

    /** Removes the step at {@code index}; returns the index to select next (-1 when none is left). */
    public int remove(int index) {
        if (task.isBusy() || index < 0 || index >= steps.size()) {
            return index;
        }
        session.recipe().remove(index);
        return Math.min(index, steps.size() - 1);
    }

    /** Moves the step at {@code index} up by one; returns its new index. */
    public int moveUp(int index) {
        return move(index, index - 1);
    }

    /** Moves the step at {@code index} down by one; returns its new index. */
    public int moveDown(int index) {
        return move(index, index + 1);
    }

    private int move(int from, int to) {
        if (task.isBusy() || from < 0 || from >= steps.size() || to < 0 || to >= steps.size()) {
            return from;
        }
        session.recipe().move(from, to);
        return to;
    }

    /** Starts a new, empty recipe, after asking when steps would be lost. */
    public void newRecipe() {
        if (task.isBusy() || !session.recipe().isEmpty() && !dialogs.confirm(i18n("recipe.new.confirm.headline"),
                i18n("recipe.new.confirm.message", steps.size()), i18n("recipe.new.confirm.button"))) {
            return;
        }
        session.recipe().clear();
        title.set(i18n("recipe.defaultTitle"));
        defaultTitle = true;
        say(() -> "");
    }

    /** Asks where to save and writes the recipe there atomically; input files are written relative to it. */
    public void saveAs() {
        if (steps.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.save(i18n("recipe.save.title"), RecipeFiles.suggestedName(title.get()),
                initialDirectory(), RecipeFiles.filters());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = RecipeFiles.withExtension(chosen.get());
        try {
            session.recipe().save(title.get(), file);
            directory = file.toAbsolutePath().getParent();
            say(() -> i18n("recipe.status.saved", file.getFileName()));
            dialogs.notify(status.get());
        } catch (IOException | RuntimeException e) {
            dialogs.showError(i18n("recipe.save.failed", file.getFileName()), e);
        }
    }

    /** Asks for a recipe file, reads and validates it, and makes it the window's recipe (problems listed). */
    public void open() {
        if (task.isBusy()) {
            return;
        }
        Optional<Path> file = dialogs.open(i18n("recipe.open.title"), initialDirectory(), RecipeFiles.filters());
        file.ifPresent(this::open);
    }

    /**
     * Reads and validates {@code file} and makes it the window's recipe (problems listed), after confirming when a
     * recorded recipe would be replaced: the chooser's choice, or a recipe file the desktop opened SafeSegment with
     * (the installer's file association, decision 0035).
     */
    public void open(Path file) {
        if (task.isBusy() || !session.recipe().isEmpty() && !dialogs.confirm(i18n("recipe.open.confirm.headline"),
                i18n("recipe.open.confirm.message", steps.size()), i18n("recipe.open.confirm.button"))) {
            return;
        }
        Path workspace = workspaceDirectory();
        RecipeWork.Keys keys = keys();
        task.start(i18n("recipe.task.open"), p -> RecipeWork.open(file, workspace, keys), outcome -> opened(file, outcome));
    }

    private void opened(Path file, RecipeWork.Outcome outcome) {
        if (outcome.recipe() == null) {
            showProblems(outcome, () -> i18n("recipe.status.unreadable", file.getFileName()));
            return;
        }
        session.recipe().replaceWith(outcome.recipe());
        title.set(outcome.recipe().name());
        defaultTitle = false;
        directory = file.toAbsolutePath().getParent();
        if (outcome.problems().isEmpty()) {
            int count = steps.size();
            say(() -> i18n("recipe.status.opened", file.getFileName(), count));
        } else {
            showProblems(outcome, () -> i18n("recipe.status.openedWithProblems", file.getFileName()));
        }
    }

    /** Validates the recipe against the open workspace without writing anything. */
    public void dryRun() {
        start(true);
    }

    /** Replays the recipe into the open workspace (outputs in its exports/ folder), step by step. */
    public void replay() {
        start(false);
    }

    /** Stops the running replay after the step in progress. */
    public void cancel() {
        task.cancel();
    }

    private void start(boolean dryRun) {
        Path workspace = workspaceDirectory();
        if (workspace == null || steps.isEmpty() || task.isBusy()) {
            return;
        }
        var recipe = session.recipe().toRecipe(title.get(), workspace);
        RecipeWork.Keys keys = keys();
        var actor = session.actor(); // the replay is checked and audited under the signed-in account
        rows.show(recipe.steps());
        progress.set(0);
        say(dryRun ? () -> i18n("recipe.status.validating") : () -> i18n("recipe.status.replaying"));
        task.start(dryRun ? i18n("recipe.task.dryRun") : i18n("recipe.task.replay"),
                p -> RecipeWork.run(recipe, workspace, keys, actor, dryRun,
                        RecipeWork.watched(p, f -> uiThread.execute(() -> progress.set(f))),
                        step -> uiThread.execute(() -> rows.stepEnded(step))),
                outcome -> finished(outcome, dryRun));
    }

    private void finished(RecipeWork.Outcome outcome, boolean dryRun) {
        if (outcome.result() == null) {
            showProblems(outcome, () -> i18n("recipe.status.rejected"));
            return;
        }
        List<RecipeResult.StepResult> results = outcome.result().steps();
        results.forEach(rows::stepEnded);
        rows.markNotRun();
        progress.set(1);
        boolean blocked = results.stream().anyMatch(r -> r.status().equals("blocked"));
        int count = results.size();
        say(dryRun ? () -> i18n("recipe.status.valid", count)
                : blocked ? () -> i18n("recipe.status.blocked") : () -> i18n("recipe.status.replayed", count));
        if (!dryRun) {
            session.datasetsChanged();
            dialogs.notify(status.get());
        }
    }

    private void cancelled() {
        rows.markNotRun();
        say(() -> i18n("recipe.status.cancelled"));
    }

    private void showProblems(RecipeWork.Outcome outcome, Supplier<String> headline) {
        rows.showProblems(outcome.problems(), outcome.keysLocked());
        say(outcome.keysLocked() ? () -> i18n("recipe.status.locked") : headline);
    }

    /** Shows a status line that {@link #relocalise()} can render again in another language. */
    private void say(Supplier<String> text) {
        statusText = text;
        status.set(text.get());
    }

    /** Renders the steps, problems and status again in the current UI language (the view calls it when built). */
    public void relocalise() {
        if (defaultTitle) {
            title.set(i18n("recipe.defaultTitle"));
        }
        rows.relocalise();
        status.set(statusText.get());
    }

    private void recipeChanged() {
        rows.show(session.recipe().steps());
    }

    private RecipeWork.Keys keys() {
        return new RecipeWork.Keys(vault.getValue(), session.actor());
    }

    private Path workspaceDirectory() {
        return session.workspace() == null ? null : session.workspace().directory();
    }

    private Path initialDirectory() {
        return directory != null ? directory : workspaceDirectory();
    }
}
