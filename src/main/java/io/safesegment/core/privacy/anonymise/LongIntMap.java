package io.safesegment.core.privacy.anonymise;

import java.util.Arrays;

/** Open-addressing map from long keys to dense ids 0, 1, 2, … in first-seen order (grouping without boxing). */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(long expected) {
        int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, expected * 2)) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** The id of {@code key}, assigning the next id when it is new. */
    int idOf(long key) {
        int i = (int) mix(key) & mask;
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, -1);
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                int j = (int) mix(oldKeys[i]) & mask;
                while (values[j] >= 0) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 31);
    }
}
