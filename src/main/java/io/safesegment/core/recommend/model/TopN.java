package io.safesegment.core.recommend.model;

/** Top-N selection over a score array with a small heap; ties go to the lower item index (deterministic). */
public final class TopN {
    private TopN() {
    }

    /** Indices of the {@code n} best finite-or-positive scores, best first; skips negative infinity and NaN. */
    public static int[] select(float[] scores, int n) {
        return select(scores, scores.length, n);
    }

    /** As {@link #select(float[], int)} over the first {@code length} scores (a reused, longer buffer). */
    public static int[] select(float[] scores, int length, int n) {
        int[] heap = new int[Math.max(0, n)];
        int size = 0;
        for (int i = 0; i < length; i++) {
            float s = scores[i];
            if (Float.isNaN(s) || s == Float.NEGATIVE_INFINITY || n <= 0) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = heap[0];
            heap[0] = heap[k];
            siftDown(heap, k, scores);
        }
        return out;
    }

    private static boolean better(int a, int b, float[] s) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void siftUp(int[] h, int k, float[] s) {
        while (k > 0) {
            int p = (k - 1) >>> 1;
            if (better(h[p], h[k], s)) {
                int t = h[p];
                h[p] = h[k];
                h[k] = t;
                k = p;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] h, int size, float[] s) {
        int k = 0;
        while (true) {
            int l = 2 * k + 1;
            if (l >= size) {
                return;
            }
            int w = l + 1 < size && better(h[l], h[l + 1], s) ? l + 1 : l;
            if (better(h[k], h[w], s)) {
                int t = h[k];
                h[k] = h[w];
                h[w] = t;
                k = w;
            } else {
                return;
            }
        }
    }
}
