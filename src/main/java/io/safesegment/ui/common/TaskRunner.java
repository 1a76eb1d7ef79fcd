package io.safesegment.ui.common;

import io.safesegment.core.i18n.Message;
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
public final class TaskRunner implements TaskExecutor, AutoCloseable {
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
     * {@inheritDoc} Call on the JavaFX thread: JavaFX 25 tasks refuse to be observed from any other thread.
     */
    @Override
    public <T> BackgroundTask<T> run(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        ProgressTask<T> task = new ProgressTask<>(title, work);
        TaskHandle<T> handle = new TaskHandle<>(title, task::cancel);
        inFlight.register();
        onFx(() -> running.add(task));
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
                finish(task, state, handle, onSuccess, onFailure);
                inFlight.arriveAndDeregister();
            }
        });
        if (executor == null) {
            task.run();
        } else if (executor.isShutdown()) {
            // After close(): debounced work (a preview, a review) can still fire once the window is gone. Nobody
            // can see its result, so it ends as cancelled instead of throwing RejectedExecutionException.
            task.cancel();
        } else {
            executor.execute(task);
        }
        return handle;
    }

    private static <T> void finish(Task<T> task, Worker.State state, TaskHandle<T> handle,
                                   Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (state == Worker.State.SUCCEEDED) {
            handle.end(BackgroundTask.State.SUCCEEDED);
            onSuccess.accept(task.getValue());
        } else if (state == Worker.State.FAILED && !(task.getException() instanceof TaskCancelledException)) {
            Throwable error = task.getException();
            LOG.warn("Task '{}' failed", task.getTitle(), error);
            handle.end(BackgroundTask.State.FAILED);
            onFailure.accept(error);
        } else {
            // cancelled from the status bar, or the work noticed cancellation and stopped: both end quietly
            LOG.info("Task '{}' cancelled", task.getTitle());
            handle.end(BackgroundTask.State.CANCELLED);
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

        /** Core messages are rendered in the UI language the moment they arrive. */
        @Override
        public void report(double fraction, Message message) {
            update(fraction, message == null ? null : message.in(I18n.locale()));
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
