package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TaskRunnerTest {
    private final TaskRunner runner = TaskRunner.background();
    private final List<Object> successes = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** JavaFX 25 tasks may only be touched on the FX thread, as in the application. */
    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void progressAndMessageReachTheTaskAndTheResultTheCallback() throws Exception {
        CountDownLatch proceed = new CountDownLatch(1);
        BackgroundTask<String> handle = fx(() -> runner.run("Counting", progress -> {
            progress.update(0.5, "half way");
            assertTrue(proceed.await(30, TimeUnit.SECONDS));
            return "done";
        }, successes::add, failures::add));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> runner.runningTasks().size() == 1
                && runner.runningTasks().getFirst().getProgress() == 0.5
                && "half way".equals(runner.runningTasks().getFirst().getMessage())));
        assertEquals("Counting", fx(() -> runner.runningTasks().getFirst().getTitle()));
        assertEquals("Counting", handle.title());
        assertEquals(BackgroundTask.State.RUNNING, handle.state());
        proceed.countDown();
        runner.awaitIdle(Duration.ofSeconds(30));

        assertEquals(List.of("done"), successes);
        assertEquals(List.of(), failures);
        assertTrue(fx(() -> runner.runningTasks().isEmpty()));
        assertEquals(BackgroundTask.State.SUCCEEDED, handle.state());
    }

    @Test
    void workSubmittedAfterCloseEndsCancelledInsteadOfThrowing() throws Exception {
        runner.close();
        BackgroundTask<String> handle = fx(() -> runner.run("Late preview", progress -> "never",
                successes::add, failures::add));
        runner.awaitIdle(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BackgroundTask.State.CANCELLED, handle.state());
        assertEquals(List.of(), successes);
        assertEquals(List.of(), failures);
        assertTrue(fx(() -> runner.runningTasks().isEmpty()));
    }

    @Test
    void failureGoesToTheFailureCallbackOnTheFxThread() throws Exception {
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        fx(() -> runner.run("Failing", progress -> {
            throw new IllegalStateException("customers.csv line 3: 2 fields, expected 4");
        }, successes::add, error -> {
            onFxThread.set(Platform.isFxApplicationThread());
            failures.add(error);
        }));
        runner.awaitIdle(Duration.ofSeconds(30));

        assertEquals(List.of(), successes);
        assertEquals(1, failures.size());
        assertInstanceOf(IllegalStateException.class, failures.getFirst());
        assertEquals(Boolean.TRUE, onFxThread.get());
    }

    @Test
    void cancelledTaskStopsAndCallsNeitherCallback() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> cancelHook = new AtomicReference<>(false);
        BackgroundTask<Object> task = fx(() -> runner.run("Endless", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        }, successes::add, failures::add));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        fx(() -> {
            task.whenCancelled(() -> cancelHook.set(true));
            return null;
        });

        WaitForAsyncUtils.asyncFx((Runnable) task::cancel).get(30, TimeUnit.SECONDS);
        runner.awaitIdle(Duration.ofSeconds(30));

        assertEquals(BackgroundTask.State.CANCELLED, task.state());
        assertTrue(cancelHook.get(), "the cancel hook ran");
        assertEquals(List.of(), successes);
        assertEquals(List.of(), failures);
        assertTrue(fx(() -> runner.runningTasks().isEmpty()));
    }

    @Test
    void aCoreMessageIsShownInTheUiLanguage() throws Exception {
        java.util.Locale old = I18n.locale();
        CountDownLatch proceed = new CountDownLatch(1);
        try {
            I18n.setLocale(I18n.CHINESE);
            fx(() -> runner.run("Segmenting", progress -> {
                progress.report(0.25, io.safesegment.core.i18n.Message.of("progress.kmeans.iteration", 3));
                assertTrue(proceed.await(30, TimeUnit.SECONDS));
                return "done";
            }, successes::add, failures::add));

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> runner.runningTasks().size() == 1
                    && runner.runningTasks().getFirst().getProgress() == 0.25
                    && "k-means 第 3 次迭代".equals(runner.runningTasks().getFirst().getMessage())));
        } finally {
            proceed.countDown();
            I18n.setLocale(old);
        }
        runner.awaitIdle(Duration.ofSeconds(30));
        assertEquals(List.of("done"), successes);
    }

    @Test
    void sameThreadRunnerFinishesBeforeRunReturns() throws Exception {
        try (TaskRunner direct = TaskRunner.sameThread()) {
            AtomicReference<BackgroundTask<Integer>> task = new AtomicReference<>();
            WaitForAsyncUtils.asyncFx(() -> task.set(direct.run("Direct", progress -> 6 * 7, successes::add,
                    failures::add))).get(30, TimeUnit.SECONDS);

            assertEquals(BackgroundTask.State.SUCCEEDED, fx(() -> task.get().state()));
            assertEquals(List.of(42), successes);
        }
    }
}
