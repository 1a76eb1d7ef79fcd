package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * The executor ViewModel tests use: plain Java, no JavaFX toolkit started (this test never starts one), callbacks
 * before {@code run} returns, cancellation ending quietly with the cancel hook.
 */
class SameThreadExecutorTest {
    private final TaskExecutor tasks = TaskExecutor.sameThread();
    private final List<Object> successes = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void successIsDeliveredBeforeRunReturnsWithoutTheToolkit() {
        BackgroundTask<Integer> task = tasks.run("Answer", progress -> 6 * 7, successes::add, failures::add);

        assertEquals(List.of(42), successes);
        assertEquals(BackgroundTask.State.SUCCEEDED, task.state());
        assertFalse(task.isRunning());
        assertEquals("Answer", task.title());
        assertFalse(Platform.isFxApplicationThread());
    }

    @Test
    void failureGoesToTheFailureCallback() {
        BackgroundTask<Object> task = tasks.run("Failing", progress -> {
            throw new IllegalArgumentException("orders.csv row 7, column 'amount': not a number");
        }, successes::add, failures::add);

        assertEquals(BackgroundTask.State.FAILED, task.state());
        assertEquals(List.of(), successes);
        assertInstanceOf(IllegalArgumentException.class, failures.getFirst());
    }

    @Test
    void cancellingFromInsideTheWorkEndsQuietlyAndRunsTheHook() {
        AtomicReference<BackgroundTask<Object>> self = new AtomicReference<>();
        AtomicBoolean hook = new AtomicBoolean();
        // the work cancels its own task through the progress it was given, as a user's click would
        BackgroundTask<Object> task = tasks.run("Cancelled", progress -> {
            ((io.safesegment.core.task.CancellationToken) progress).cancel();
            progress.checkCancelled();
            return "never";
        }, successes::add, failures::add);
        self.set(task);
        task.whenCancelled(() -> hook.set(true));

        assertEquals(BackgroundTask.State.CANCELLED, self.get().state());
        assertTrue(hook.get(), "a hook added after the end runs at once");
        assertEquals(List.of(), successes);
        assertEquals(List.of(), failures);
    }

    @Test
    void exclusiveTaskRunsOnTheSameThreadExecutorWithoutTheToolkit() {
        RecordingFailures dialogs = new RecordingFailures();
        ExclusiveTask exclusive = new ExclusiveTask(tasks, dialogs, () -> { });
        List<String> results = new ArrayList<>();

        assertTrue(exclusive.start("Work", progress -> "done", results::add));
        assertEquals(List.of("done"), results);
        assertFalse(exclusive.isBusy());

        assertTrue(exclusive.<String>start("Broken", progress -> {
            throw new IllegalStateException("boom");
        }, results::add));
        assertEquals(List.of("Broken"), dialogs.headlines);
        assertFalse(exclusive.isBusy());
    }

    private static final class RecordingFailures implements DialogService {
        final List<String> headlines = new ArrayList<>();

        @Override
        public void showError(String headline, Throwable error) {
            headlines.add(headline);
        }

        @Override
        public void showUnexpectedError(Throwable error) {
            headlines.add("unexpected");
        }

        @Override
        public void showInformation(String headline, String message) {
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseDirectory(String title, java.nio.file.Path initial) {
            return java.util.Optional.empty();
        }
    }
}
