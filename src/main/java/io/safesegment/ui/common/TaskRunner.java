package io.safesegment.ui.common;

import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs core work off the JavaFX thread on one shared executor and adapts {@link Progress} to
 * {@link javafx.concurrent.Task}, so the status bar can show and cancel every running task.
 *
 * <p>Callbacks ({@code onSuccess}, {@code onFailure}) run on the JavaFX thread. A task cancelled by the user ends
 * quietly: neither callback runs. {@link #sameThread()} runs each task on the calling thread, which makes
 * ViewModel tests deterministic; {@link #awaitIdle(Duration)} lets tests wait for background work instead of
 * sleeping.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final Phaser inFlight = new Phaser(1);

    private TaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    /** The application's runner: two daemon worker threads (the machines we target have few cores). */
    public static TaskRunner background() {
        return new TaskRunner(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().daemon().name("safesegment-task-", 1).factory()));
    }

    /** A runner that executes every task immediately on the calling thread (tests). */
    public static TaskRunner sameThread() {
        return new TaskRunner(null);
    }

    /**
     * Starts {@code work} and returns its task (already submitted). Call on the JavaFX thread: JavaFX 25 tasks
     * refuse to be observed from any other thread.
     *
     * @param title     user-visible, translated name of the task, shown in the status bar
     * @param work      the core call
     * @param onSuccess receives the result on the JavaFX thread
     * @param onFailure receives the failure on the JavaFX thread (not called when the user cancelled)
     */
    public <T> Task<T> run(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                           Consumer<Throwable> onFailure) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        inFlight.register();
        onFx(() -> running.add(task));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
                finish(task, state, onSuccess, onFailure);
                inFlight.arriveAndDeregister();
            }
        });
        if (executor == null) {
            task.run();
        } else {
            executor.execute(task);
        }
        return task;
    }

    private static <T> void finish(Task<T> task, Worker.State state, Consumer<? super T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        if (state == Worker.State.SUCCEEDED) {
            onSuccess.accept(task.getValue());
        } else if (state == Worker.State.FAILED) {
            Throwable error = task.getException();
            if (error instanceof TaskCancelledException) {
                LOG.info("Task '{}' cancelled", task.getTitle());
            } else {
                LOG.warn("Task '{}' failed", task.getTitle(), error);
                onFailure.accept(error);
            }
        } else {
            LOG.info("Task '{}' cancelled", task.getTitle());
        }
    }

    /** The tasks that are running now, for the status bar (modified on the JavaFX thread only). */
    public ObservableList<Task<?>> runningTasks() {
        return running;
    }

    /**
     * Waits until every submitted task has finished and its callbacks have run.
     *
     * @throws TimeoutException when work is still running after {@code timeout}
     */
    public void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        int phase = inFlight.arrive();
        inFlight.awaitAdvanceInterruptibly(phase, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the worker threads; running tasks are interrupted. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** A JavaFX task whose core work sees it as a {@link Progress}. */
    private static final class ProgressTask<T> extends Task<T> implements Progress {
        private final ProgressWork<T> work;

        ProgressTask(String title, ProgressWork<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(double fraction, String message) {
            if (fraction < 0) {
                updateProgress(-1, 1);
            } else {
                updateProgress(Math.min(1, fraction), 1);
            }
            if (message != null) {
                updateMessage(message);
            }
        }
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
