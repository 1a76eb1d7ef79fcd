package io.safesegment.core.value;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Sums f(0) … f(n − 1) on the common pool in fixed chunks added in order, so the total is the same number on every
 * run (a likelihood the optimiser compares must not wobble with thread timing).
 */
final class ParallelSum {
    private static final int CHUNK = 16_384;

    private ParallelSum() {
    }

    static double sum(int n, IntToDoubleFunction f) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (chunks <= 1) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += f.applyAsDouble(i);
            }
            return s;
        }
        double[] partial = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            double s = 0;
            for (int i = c * CHUNK, end = Math.min(n, (c + 1) * CHUNK); i < end; i++) {
                s += f.applyAsDouble(i);
            }
            partial[c] = s;
        });
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return total;
    }
}
