package io.safesegment.ui.common;

import io.safesegment.core.task.Progress;

/**
 * A piece of long work as the core sees it: it receives a {@link Progress} and returns a result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ProgressWork<T> {
    /** Does the work, reporting progress and stopping with {@code TaskCancelledException} when cancelled. */
    T run(Progress progress) throws Exception;
}
