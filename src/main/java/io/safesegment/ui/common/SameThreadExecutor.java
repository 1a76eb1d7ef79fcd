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
        CancellationToken token = new CancellationToken();
        TaskHandle<T> handle = new TaskHandle<>(title, token::cancel);
        T result;
        try {
            result = work.run(token);
        } catch (TaskCancelledException e) {
            handle.end(BackgroundTask.State.CANCELLED);
            return handle;
        } catch (Exception | Error e) {
            if (token.isCancelled()) {
                handle.end(BackgroundTask.State.CANCELLED);
            } else {
                handle.end(BackgroundTask.State.FAILED);
                onFailure.accept(e);
            }
            return handle;
        }
        if (token.isCancelled()) {
            handle.end(BackgroundTask.State.CANCELLED);
            return handle;
        }
        handle.end(BackgroundTask.State.SUCCEEDED);
        onSuccess.accept(result);
        return handle;
    }
}
