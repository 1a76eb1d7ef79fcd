package io.safesegment.ui.shell;

import io.safesegment.ui.common.DialogService;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught: logs the full stack trace and shows one friendly dialog. While that dialog is
 * open, further failures are only logged, so a failure in a render loop cannot flood the screen with dialogs.
 */
public final class LastResortHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LastResortHandler.class);

    private final DialogService dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    /** Creates a handler that reports through {@code dialogs}. */
    public LastResortHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Installs a handler as the default for all threads, including the JavaFX application thread. */
    public static LastResortHandler install(DialogService dialogs) {
        LastResortHandler handler = new LastResortHandler(dialogs);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                dialogs.showUnexpectedError(error);
            } catch (RuntimeException e) {
                LOG.error("Could not show the error dialog", e);
            } finally {
                showing.set(false);
            }
        };
        try {
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        } catch (IllegalStateException toolkitGone) {
            showing.set(false);
            LOG.error("JavaFX is not running; the error above was only logged");
        }
    }
}
