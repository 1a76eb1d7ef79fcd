package io.safesegment.ui.keys;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs ViewModel calls on the JavaFX thread, where the application calls them (JavaFX 25 tasks demand it). */
final class FxRun {
    private FxRun() {
    }

    /** Runs {@code action} on the FX thread, then lets the task state changes and callbacks it posted run. */
    static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
