package io.safesegment.ui.shell.demo;

import java.util.function.Consumer;

/** What a demo step does: performed (or prepared) through the sections' own ViewModels and the core services. */
@FunctionalInterface
public interface DemoActions {
    /**
     * Performs {@code step}; reports once, on the UI thread, when its work (and any background task it started) is
     * over.
     */
    void perform(DemoStep step, Consumer<Outcome> done);

    /**
     * How a step ended.
     *
     * @param ok   whether the story may go on (false: the step can be tried again)
     * @param text a short, translated result or the reason it could not run
     */
    record Outcome(boolean ok, String text) {
        /** A step that did its work. */
        public static Outcome done(String text) {
            return new Outcome(true, text);
        }

        /** A step that could not do its work; the panel shows why. */
        public static Outcome failed(String text) {
            return new Outcome(false, text);
        }
    }
}
