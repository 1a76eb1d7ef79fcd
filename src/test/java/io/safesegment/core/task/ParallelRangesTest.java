package io.safesegment.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelRangesTest {
    @Test
    void everyIndexIsProcessedExactlyOnce() {
        for (int n : new int[] {0, 1, 999, 1000, 123_457}) {
            AtomicIntegerArray hits = new AtomicIntegerArray(n);
            ParallelRanges.run(n, 100, (from, to) -> {
                for (int i = from; i < to; i++) {
                    hits.incrementAndGet(i);
                }
            });
            for (int i = 0; i < n; i++) {
                assertEquals(1, hits.get(i), "index " + i + " of " + n);
            }
        }
    }

    @Test
    void aFailureInAnyRangeReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelRanges.run(100_000, 10,
                (from, to) -> {
                    if (from <= 77_777 && 77_777 < to) {
                        throw new IllegalStateException("range with 77777");
                    }
                }));
        assertEquals("range with 77777", e.getMessage());
    }

    @Test
    void callsFromEveryWorkerAtOnceFinish() throws Exception {
        // every worker thread is itself a caller (columns masked in parallel, each split into row ranges): with
        // plain submit-and-wait this deadlocks, because the ranges queue behind the waiting callers
        List<Future<Long>> callers = new ArrayList<>();
        for (int c = 0; c < 3 * WorkerPool.THREADS; c++) {
            callers.add(WorkerPool.executor().submit(() -> {
                long[] sums = new long[64];
                ParallelRanges.run(64_000, 1_000, (from, to) -> {
                    long s = 0;
                    for (int i = from; i < to; i++) {
                        s += i;
                    }
                    sums[from / 1_000] = s;
                });
                long total = 0;
                for (long s : sums) {
                    total += s;
                }
                return total;
            }));
        }
        for (Future<Long> f : callers) {
            assertEquals(64_000L * 63_999 / 2, f.get(5, TimeUnit.MINUTES)); // a hang guard, not a speed limit
        }
    }
}
