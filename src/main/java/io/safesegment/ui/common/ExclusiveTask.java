package io.safesegment.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One background task at a time for a section: {@link #busyProperty()} is true from start until the task succeeds,
 * fails or is cancelled (buttons bind their disable state to it), {@link #cancel()} stops it, and a failure goes
 * to the dialog service under the task's title. Sections that run long work use this instead of tracking the
 * current task themselves.
 */
public final class ExclusiveTask {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onCancelled;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private BackgroundTask<?> current;

    /**
     * @param onCancelled runs on the FX thread when a task ends by cancellation (e.g. a status-bar message)
     */
    public ExclusiveTask(TaskExecutor tasks, DialogService dialogs, Runnable onCancelled) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onCancelled = onCancelled;
    }

    /**
     * For a pane that shows every failure itself (an inline message in a dialog): only
     * {@link #start(String, ProgressWork, Consumer, Consumer)} may be used.
     */
    public ExclusiveTask(TaskExecutor tasks, Runnable onCancelled) {
        this(tasks, null, onCancelled);
    }

    /** Starts {@code work} in the background unless a task is already running; returns whether it started. */
    public <T> boolean start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        if (dialogs == null) {
            throw new IllegalStateException("this exclusive task has no dialog service; pass a failure handler");
        }
        return start(title, work, onSuccess, error -> dialogs.showError(title, error));
    }

    /**
     * Like {@link #start(String, ProgressWork, Consumer)}, but a failure goes to {@code onFailure} (an inline
     * message, or an error dialog with its own headline) instead of the error dialog titled like the task.
     */
    public <T> boolean start(String title, ProgressWork<T> work, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        BackgroundTask<T> task = tasks.run(title, work, result -> {
            finished();
            onSuccess.accept(result);
        }, error -> {
            finished();
            onFailure.accept(error);
        });
        if (!task.isRunning()) {
            // A same-thread executor (tests) completes the work synchronously; the callbacks have run.
            if (task.state() == BackgroundTask.State.CANCELLED) {
                finished();
                onCancelled.run(); // as on the background executor: the section learns that its task was cancelled
            }
            return true;
        }
        current = task;
        task.whenCancelled(() -> {
            finished();
            onCancelled.run();
        });
        return true;
    }

    private void finished() {
        busy.set(false);
        current = null;
    }

    /** Cancels the running task, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Whether a task is running. */
    public boolean isBusy() {
        return busy.get();
    }

    /** True while a task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
