package io.safesegment.core.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One daemon thread per core for CPU-bound work split into independent pieces (CSV chunks, profile columns). The
 * common fork-join pool is not used for this because it has only cores - 1 threads, a single worker on a two-core
 * machine; here the caller waits (reporting progress and checking cancellation) while every core works.
 */
public final class WorkerPool {
    /** Number of worker threads: the available processors. */
    public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().daemon().name("safesegment-worker-", 0).factory());

    private WorkerPool() {
    }

    /** The shared pool; tasks must not wait for other tasks of this pool (it is bounded). */
    public static ExecutorService executor() {
        return POOL;
    }
}
