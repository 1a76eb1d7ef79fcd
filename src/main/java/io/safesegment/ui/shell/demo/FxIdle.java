package io.safesegment.ui.shell.demo;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Runs the demo's next action once the window's task runner is idle. A task leaves the running list just before its
 * success callback runs, and that callback may start the next task (opening a workspace loads a dataset), so
 * "idle" is checked again one pulse later before the action runs.
 */
final class FxIdle {
    private final ObservableList<?> running;

    FxIdle(ObservableList<?> running) {
        this.running = running;
    }

    /** Runs {@code action} on the JavaFX thread when no task is running. */
    void then(Runnable action) {
        if (running.isEmpty()) {
            Platform.runLater(() -> {
                if (running.isEmpty()) {
                    action.run();
                } else {
                    then(action);
                }
            });
            return;
        }
        running.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (running.isEmpty()) {
                    running.removeListener(this);
                    then(action);
                }
            }
        });
    }
}
