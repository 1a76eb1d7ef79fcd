package io.safesegment.core.recommend.model;

import java.util.Arrays;

/**
 * Top-k neighbour lists in CSR form: for object a, neighbours {@code index[ptr[a]..ptr[a+1])} with similarities
 * {@code sim[...]}, most similar first.
 */
public record Neighbours(int[] ptr, int[] index, float[] sim) {

    /** Similarity of b in a's list, or 0 when b is not a neighbour. */
    public float similarity(int a, int b) {
        for (int e = ptr[a]; e < ptr[a + 1]; e++) {
            if (index[e] == b) {
                return sim[e];
            }
        }
        return 0f;
    }

    public int count(int a) {
        return ptr[a + 1] - ptr[a];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Neighbours n && Arrays.equals(ptr, n.ptr) && Arrays.equals(index, n.index)
                && Arrays.equals(sim, n.sim);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ptr) * 31 + Arrays.hashCode(index);
    }

    @Override
    public String toString() {
        return "Neighbours[" + (ptr.length - 1) + " objects, " + index.length + " links]";
    }
}
