package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
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
        Task<String> task = fx(() -> runner.run("Counting", progress -> {
            progress.update(0.5, "half way");
            assertTrue(proceed.await(30, TimeUnit.SECONDS));
            return "done";
        }, successes::add, failures::add));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> task.getProgress() == 0.5
                && "half way".equals(task.getMessage()) && runner.runningTasks().contains(task)));
        assertEquals("Counting", fx(task::getTitle));
        proceed.countDown();
        runner.awaitIdle(Duration.ofSeconds(30));

        assertEquals(List.of("done"), successes);
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
        Task<Object> task = fx(() -> runner.run("Endless", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        }, successes::add, failures::add));
        assertTrue(started.await(30, TimeUnit.SECONDS));

        WaitForAsyncUtils.asyncFx((Runnable) () -> task.cancel()).get(30, TimeUnit.SECONDS);
        runner.awaitIdle(Duration.ofSeconds(30));

        assertEquals(Worker.State.CANCELLED, fx(task::getState));
        assertEquals(List.of(), successes);
        assertEquals(List.of(), failures);
        assertTrue(fx(() -> runner.runningTasks().isEmpty()));
    }

    @Test
    void sameThreadRunnerFinishesBeforeRunReturns() throws Exception {
        try (TaskRunner direct = TaskRunner.sameThread()) {
            AtomicReference<Task<Integer>> task = new AtomicReference<>();
            WaitForAsyncUtils.asyncFx(() -> task.set(direct.run("Direct", progress -> 6 * 7, successes::add,
                    failures::add))).get(30, TimeUnit.SECONDS);

            assertEquals(Worker.State.SUCCEEDED, fx(() -> task.get().getState()));
            assertEquals(List.of(42), successes);
            assertSame(Integer.valueOf(42), fx(() -> task.get().getValue()));
        }
    }
}
