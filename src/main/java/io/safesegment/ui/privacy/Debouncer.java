package io.safesegment.ui.privacy;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once a burst of requests has settled, so typing in the policy editor re-runs the review once, not
 * on every keystroke. {@link #immediate()} runs at once (ViewModel tests).
 */
public interface Debouncer {

    /** Schedules {@code action}, replacing any action scheduled before and not yet run. */
    void submit(Runnable action);

    /** A debouncer that waits {@code delay} of quiet on the JavaFX thread. */
    static Debouncer fx(Duration delay) {
        PauseTransition pause = new PauseTransition(delay);
        return action -> {
            pause.stop();
            pause.setOnFinished(e -> action.run());
            pause.playFromStart();
        };
    }

    /** A debouncer that runs every action immediately (ViewModel tests, also across sections in ui.flow). */
    public static Debouncer immediate() {
        return Runnable::run;
    }
}
