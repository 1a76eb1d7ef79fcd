package io.safesegment.ui.common;

/**
 * A handle on work submitted to a {@link TaskExecutor}: its state, a way to cancel it, and a hook for the end by
 * cancellation. Deliberately not a {@code javafx.concurrent.Task}, so ViewModels (and their tests) do not need the
 * JavaFX toolkit; the application's executor adapts it to a JavaFX task for the status bar.
 *
 * @param <T> the result type
 */
public interface BackgroundTask<T> {
    /** Where the work is. Work that is queued counts as running: it can be cancelled and has not ended. */
    enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** The user-visible, translated title. */
    String title();

    /** The current state. */
    State state();

    /** Whether the work has not ended yet. */
    default boolean isRunning() {
        return state() == State.RUNNING;
    }

    /** Asks the work to stop; it ends as {@link State#CANCELLED} and neither result callback runs. */
    void cancel();

    /**
     * Runs {@code action} on the UI thread when the work ends by cancellation (at once when it already has), so
     * callers can reset their busy flags: a cancelled task calls neither the success nor the failure callback.
     */
    void whenCancelled(Runnable action);
}
