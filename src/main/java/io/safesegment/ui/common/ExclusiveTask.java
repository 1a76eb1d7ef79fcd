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

    /** Starts {@code work} in the background unless a task is already running; returns whether it started. */
    public <T> boolean start(String title, ProgressWork<T> work, Consumer<T> onSuccess) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        BackgroundTask<T> task = tasks.run(title, work, result -> {
            finished();
            onSuccess.accept(result);
        }, error -> {
            finished();
            dialogs.showError(title, error);
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
