package io.safesegment.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one submitted task as both executors report it: running until {@link #end}, then succeeded, failed or
 * cancelled, with the cancel hooks run once on the UI thread. How cancelling reaches the work is the executor's
 * business ({@code cancelAction}).
 */
final class TaskHandle<T> implements BackgroundTask<T> {
    private final String title;
    private final Runnable cancelAction;
    private volatile State state = State.RUNNING;
    private final List<Runnable> onCancelled = new ArrayList<>();

    TaskHandle(String title, Runnable cancelAction) {
        this.title = title;
        this.cancelAction = cancelAction;
    }

    /** Records how the task ended (UI thread); a cancellation runs the hooks. */
    void end(State end) {
        state = end;
        if (end == State.CANCELLED) {
            onCancelled.forEach(Runnable::run);
            onCancelled.clear();
        }
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public void cancel() {
        cancelAction.run();
    }

    @Override
    public void whenCancelled(Runnable action) {
        if (state == State.CANCELLED) {
            action.run();
        } else if (state == State.RUNNING) {
            onCancelled.add(action);
        }
    }
}
