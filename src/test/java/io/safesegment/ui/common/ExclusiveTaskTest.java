package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.shell.RecordingDialogs;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** One task at a time per section: busy while running, a second start refused, failures shown, cancel frees it. */
class ExclusiveTaskTest {
    private final TaskRunner runner = TaskRunner.background();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final ExclusiveTask exclusive = new ExclusiveTask(runner, dialogs, cancelled::incrementAndGet);
    private final List<Object> results = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void busyWhileRunningAndASecondStartIsRefused() throws Exception {
        CountDownLatch proceed = new CountDownLatch(1);
        assertTrue(fx(() -> exclusive.start("first", p -> {
            assertTrue(proceed.await(30, TimeUnit.SECONDS));
            return "one";
        }, results::add)));
        assertTrue(fx(exclusive::isBusy));
        assertFalse(fx(() -> exclusive.start("second", p -> "two", results::add)), "refused while busy");
        proceed.countDown();
        runner.awaitIdle(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("one"), results);
        assertFalse(fx(exclusive::isBusy));
    }

    @Test
    void aFailureIsShownUnderTheTaskTitleAndFreesTheSection() throws Exception {
        fx(() -> exclusive.start("Loading data", p -> {
            throw new IllegalStateException("broken input");
        }, results::add));
        runner.awaitIdle(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.shown.getFirst().contains("Loading data"), dialogs.shown.toString());
        assertFalse(fx(exclusive::isBusy));
        assertTrue(results.isEmpty());
    }

    @Test
    void cancelFreesTheSectionAndReportsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        fx(() -> exclusive.start("long", p -> {
            started.countDown();
            while (true) {
                p.checkCancelled();
                Thread.onSpinWait();
            }
        }, results::add));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        fx(() -> {
            exclusive.cancel();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !exclusive.isBusy()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cancelled.get() == 1);
        assertTrue(results.isEmpty());
        assertTrue(dialogs.errors.isEmpty(), "a cancel is not an error");
    }

    @Test
    void aCancelOnTheSameThreadExecutorIsReportedToo() {
        ExclusiveTask sameThread = new ExclusiveTask(TaskExecutor.sameThread(), dialogs, cancelled::incrementAndGet);
        assertTrue(sameThread.start("cancelled inside", p -> {
            ((io.safesegment.core.task.CancellationToken) p).cancel();
            p.checkCancelled();
            return "never";
        }, results::add));
        assertEquals(1, cancelled.get(), "the section hears of the cancel, as with the background executor");
        assertFalse(sameThread.isBusy());
        assertTrue(results.isEmpty());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFailureHandlerReplacesTheErrorDialogAndFreesTheSection() {
        ExclusiveTask inline = new ExclusiveTask(TaskExecutor.sameThread(), cancelled::incrementAndGet);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        assertTrue(inline.start("unlock", p -> {
            throw new IllegalStateException("wrong password");
        }, results::add, failures::add));
        assertEquals(1, failures.size());
        assertEquals("wrong password", failures.getFirst().getMessage());
        assertFalse(inline.isBusy(), "free again after the failure");
        assertTrue(results.isEmpty());
        assertTrue(inline.start("unlock again", p -> "vault", results::add, failures::add));
        assertEquals(List.of("vault"), results);
    }

    @Test
    void withoutADialogServiceTheFailureHandlerIsRequired() {
        ExclusiveTask inline = new ExclusiveTask(TaskExecutor.sameThread(), cancelled::incrementAndGet);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> inline.start("no dialogs", p -> "x", results::add));
        assertTrue(e.getMessage().contains("failure handler"), e.getMessage());
        assertFalse(inline.isBusy());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
