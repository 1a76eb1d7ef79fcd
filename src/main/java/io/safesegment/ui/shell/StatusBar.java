package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * The main window's status bar: the shell's status text when nothing runs, else the newest running task's message,
 * its progress, the number of tasks and a cancel button.
 */
final class StatusBar {
    private final AppContext context;
    private final Label statusLabel;
    private final Label tasksLabel;
    private final ProgressBar taskProgress;
    private final Button cancelTaskButton;
    // Held here (and this object by the view): the task list outlives a view dropped by a language switch.
    private final ListChangeListener<Task<?>> tasksListener = change -> update();

    StatusBar(AppContext context, Label statusLabel, Label tasksLabel, ProgressBar taskProgress,
              Button cancelTaskButton) {
        this.context = context;
        this.statusLabel = statusLabel;
        this.tasksLabel = tasksLabel;
        this.taskProgress = taskProgress;
        this.cancelTaskButton = cancelTaskButton;
        context.tasks().runningTasks().addListener(new WeakListChangeListener<>(tasksListener));
        update();
    }

    private void update() {
        var running = context.tasks().runningTasks();
        Task<?> current = running.isEmpty() ? null : running.getLast();
        statusLabel.textProperty().unbind();
        taskProgress.progressProperty().unbind();
        if (current == null) {
            statusLabel.textProperty().bind(context.shell().statusProperty());
            tasksLabel.setText("");
        } else {
            statusLabel.textProperty().bind(current.messageProperty());
            taskProgress.progressProperty().bind(current.progressProperty());
            tasksLabel.setText(running.size() > 1 ? i18n("status.tasks", running.size()) : "");
        }
        taskProgress.setVisible(current != null);
        cancelTaskButton.setVisible(current != null);
    }

    /** Cancels the newest running task. */
    void cancelNewest() {
        var running = context.tasks().runningTasks();
        if (!running.isEmpty()) {
            running.getLast().cancel();
            context.shell().setStatus(i18n("status.cancelled"));
        }
    }
}
