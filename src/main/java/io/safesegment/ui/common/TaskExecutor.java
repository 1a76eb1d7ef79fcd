package io.safesegment.ui.common;

import java.util.function.Consumer;

/**
 * Where ViewModels send long work: off the UI thread in the application ({@link TaskRunner#background()}), on the
 * calling thread in tests ({@link #sameThread()}, no JavaFX toolkit needed). Callbacks run on the UI thread; a task
 * the user cancels ends quietly (see {@link BackgroundTask#whenCancelled}).
 */
public interface TaskExecutor {
    /**
     * Starts {@code work}.
     *
     * @param title     user-visible, translated name of the task (status bar, error headline)
     * @param work      the core call; it reports progress and stops when cancelled
     * @param onSuccess receives the result on the UI thread
     * @param onFailure receives the failure on the UI thread (not called when the user cancelled)
     * @return the running (or, on the same-thread executor, already finished) task
     */
    <T> BackgroundTask<T> run(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure);

    /** An executor that runs each task to its end on the calling thread, without JavaFX (ViewModel tests). */
    static TaskExecutor sameThread() {
        return new SameThreadExecutor();
    }
}
