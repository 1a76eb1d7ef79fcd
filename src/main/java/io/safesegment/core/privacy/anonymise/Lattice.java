package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/** The generalisation lattice: one level per quasi-identifier, node index ↔ level vector (mixed radix). */
public final class Lattice {
    /** Relative tolerance under which two metric values tie (broken by height, then level vector). */
    public static final double TIE = 1e-9;
    /** Largest lattice the search enumerates. */
    public static final long MAX_NODES = 1_000_000L;

    private final int[] heights;
    private final int size;

    /** @param heights number of levels per quasi-identifier (each at least 1) */
    public Lattice(int[] heights) {
        this.heights = heights.clone();
        long n = 1;
        for (int h : heights) {
            n *= h;
            if (n > MAX_NODES) {
                throw new LocalizedArgumentException(Message.of("anonymise.lattice.theGeneralisationLatticeHas", MAX_NODES));
            }
        }
        this.size = (int) n;
    }

    /** Number of nodes. */
    public int size() {
        return size;
    }

    /** Levels per quasi-identifier. */
    public int[] heights() {
        return heights.clone();
    }

    /** The level vector of node {@code index} (the first quasi-identifier varies slowest). */
    public int[] levels(int index) {
        int[] out = new int[heights.length];
        for (int j = heights.length - 1; j >= 0; j--) {
            out[j] = index % heights[j];
            index /= heights[j];
        }
        return out;
    }

    /** Whether {@code a ≤ b} componentwise (b is a generalisation of a, or a itself). */
    public static boolean below(int[] a, int[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] > b[j]) {
                return false;
            }
        }
        return true;
    }
}
