package io.safesegment.core.task;

import io.safesegment.core.i18n.Message;

/**
 * The contract between long-running core work and whoever watches it (the JavaFX status bar, a console
 * progress bar, or nothing at all in tests).
 *
 * <p>Core loops call {@link #report(double, Message)} now and then and {@link #checkCancelled()} at safe points;
 * front ends decide how to display progress and how to request cancellation.
 */
public interface Progress {

    /** A progress sink that ignores updates and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
            // deliberately silent
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports how far the work has come.
     *
     * @param fraction 0..1, or a negative value when the amount of work is unknown
     * @param message  short user-visible description of the current step (never personal data)
     */
    void update(double fraction, String message);

    /**
     * Reports how far the work has come with a message the front end renders in its own language. Core code calls
     * this one; the default shows the English text through {@link #update(double, String)}, which is what a console
     * progress bar wants. The GUI's adapter overrides it to render in the UI language. (Not an overload of
     * {@code update}: front ends call {@code update(f, null)}, which two overloads would make ambiguous.)
     *
     * @param fraction 0..1, or a negative value when the amount of work is unknown
     * @param message  the current step (never personal data), or {@code null} to keep the previous one
     */
    default void report(double fraction, Message message) {
        update(fraction, message == null ? null : message.english());
    }

    /** Whether the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link TaskCancelledException} when cancellation was requested; call it at safe points in loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }

    /**
     * A view of this progress that maps its own 0..1 onto {@code [from, to]} of the parent, so that a step of a
     * longer job can report progress without knowing about the job.
     */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                parent.update(fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction), message);
            }

            @Override
            public void report(double fraction, Message message) {
                // forwarded as a message so the parent can still render it in its own language
                parent.report(fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
