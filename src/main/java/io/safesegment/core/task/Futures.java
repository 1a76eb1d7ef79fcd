package io.safesegment.core.task;

import io.safesegment.core.i18n.Message;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for work submitted to the {@link WorkerPool} without losing progress reporting or cancellation. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for {@code future}, reporting {@code fraction}/{@code message} and checking cancellation every 100 ms
     * meanwhile (a plain {@code get()} would leave the user's Cancel unanswered until the work ends). The task's own
     * runtime exception or error is rethrown as it is.
     *
     * @throws TaskCancelledException when the user cancelled or the waiting thread was interrupted
     */
    public static <T> T await(Future<T> future, Progress progress, double fraction, String message) {
        return await(future, progress, fraction, Message.literal(message));
    }

    /** {@link #await(Future, Progress, double, String)} with a message the front end renders in its language. */
    public static <T> T await(Future<T> future, Progress progress, double fraction, Message message) {
        while (true) {
            progress.report(fraction, message);
            progress.checkCancelled();
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting; cancellation is checked at the top of the loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TaskCancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
