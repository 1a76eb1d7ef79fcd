package io.safesegment.core.task;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Splits {@code [0, n)} into ranges processed on the {@link WorkerPool} and by the calling thread together. Safe to
 * call from a worker-pool task (a column masked in parallel with others): the caller claims and runs every range no
 * worker has started, and waits only for ranges a worker is already running, so it never waits on a task queued
 * behind itself.
 */
public final class ParallelRanges {
    private ParallelRanges() {
    }

    /** Work on one range. */
    @FunctionalInterface
    public interface RangeBody {
        /** Processes indices {@code from} (inclusive) to {@code to} (exclusive). */
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in ranges of at least {@code minRange} indices (one range, on the calling
     * thread, when {@code n} is small), rethrowing the first failure.
     */
    public static void run(int n, int minRange, RangeBody body) {
        int parts = (int) Math.min(4L * WorkerPool.THREADS, Math.max(1, n / Math.max(1, minRange)));
        if (parts <= 1) {
            body.run(0, n);
            return;
        }
        AtomicBoolean[] claimed = new AtomicBoolean[parts];
        CountDownLatch done = new CountDownLatch(parts);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int p = 0; p < parts; p++) {
            claimed[p] = new AtomicBoolean();
        }
        for (int p = 1; p < parts; p++) {
            int part = p;
            WorkerPool.executor().execute(() -> runPart(part, parts, n, claimed, done, failure, body));
        }
        for (int p = 0; p < parts; p++) {
            runPart(p, parts, n, claimed, done, failure, body);
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskCancelledException();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    private static void runPart(int part, int parts, int n, AtomicBoolean[] claimed, CountDownLatch done,
                                AtomicReference<Throwable> failure, RangeBody body) {
        if (!claimed[part].compareAndSet(false, true)) {
            return;
        }
        try {
            if (failure.get() == null) {
                body.run((int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts));
            }
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            done.countDown();
        }
    }
}
