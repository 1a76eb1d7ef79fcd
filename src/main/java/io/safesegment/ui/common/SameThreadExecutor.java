package io.safesegment.ui.common;

import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.TaskCancelledException;
import java.util.function.Consumer;

/**
 * Runs every task to its end on the calling thread, with no JavaFX involved: ViewModel tests call a command and
 * assert on the result straight away. The work's progress is live, so a test can cancel from inside the
 * work (a progress callback) and see the task end as cancelled.
 */
final class SameThreadExecutor implements TaskExecutor {

    @Override
    public <T> BackgroundTask<T> run(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        Handle<T> handle = new Handle<>(title);
        T result;
        try {
            result = work.run(handle.token);
        } catch (TaskCancelledException e) {
            handle.end(BackgroundTask.State.CANCELLED);
            return handle;
        } catch (Exception | Error e) {
            if (handle.token.isCancelled()) {
                handle.end(BackgroundTask.State.CANCELLED);
            } else {
                handle.end(BackgroundTask.State.FAILED);
                onFailure.accept(e);
            }
            return handle;
        }
        if (handle.token.isCancelled()) {
            handle.end(BackgroundTask.State.CANCELLED);
            return handle;
        }
        handle.end(BackgroundTask.State.SUCCEEDED);
        onSuccess.accept(result);
        return handle;
    }

    private static final class Handle<T> implements BackgroundTask<T> {
        private final String title;
        private final CancellationToken token = new CancellationToken();
        private State state = State.RUNNING;
        private final java.util.List<Runnable> onCancelled = new java.util.ArrayList<>();

        Handle(String title) {
            this.title = title;
        }

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
            token.cancel();
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
}
