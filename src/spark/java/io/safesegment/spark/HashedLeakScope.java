package io.safesegment.spark;

import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.LeakScope;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leak scan's {@link LeakScope} of a whole distributed input, holding only {@link KeyedHash keyed hashes}: the
 * distinctive identifier values of every partition (minus those that are also values of a non-identifier column
 * anywhere in the input), each filed under the hash of one {@value LeakScanner#RUN_LENGTH}-character run (its
 * anchor) as the desktop's index files the values themselves, and per identifier column the gram counts of the
 * desktop's deterministic sample. Built on the driver by {@link SparkLeakScope}, broadcast to the executors, and
 * asked by the desktop's {@link LeakScanner} for every chunk, so a value copied into another partition is found.
 *
 * <p>Answers equal the desktop's except for hash collisions (about 2^-64 per pair of values) and, when several
 * distinctive values occur in one cell, possibly which identifier column the finding names.
 */
final class HashedLeakScope implements LeakScope, Serializable {
    private static final long serialVersionUID = 1L;
    private final KeyedHash hash;
    private final String[] columns;
    /** Entries sorted by anchor; {@code anchorStart} gives the first entry of each anchor. */
    private final long[] values;
    private final int[] offsets;
    private final int[] lengths;
    private final int[] sources;
    private final long[] anchors;
    private final Long2IntOpenHashMap anchorStart;
    /** Values shorter than a run, by length (ascending, as the desktop looks them up): hash → column index. */
    private final TreeMap<Integer, Long2IntOpenHashMap> shortValues;
    private final Map<String, Sample> samples;

    /** The hashed gram counts of one identifier column's sample and the hashes of the values sampled. */
    record Sample(Long2IntOpenHashMap counts, LongOpenHashSet sampled) implements Serializable {
    }

    HashedLeakScope(KeyedHash hash, String[] columns, long[] anchors, long[] values, int[] offsets, int[] lengths,
                    int[] sources, TreeMap<Integer, Long2IntOpenHashMap> shortValues, Map<String, Sample> samples) {
        this.hash = hash;
        this.columns = columns;
        this.anchors = anchors;
        this.values = values;
        this.offsets = offsets;
        this.lengths = lengths;
        this.sources = sources;
        this.shortValues = shortValues;
        this.samples = samples;
        this.anchorStart = new Long2IntOpenHashMap();
        anchorStart.defaultReturnValue(-1);
        for (int i = anchors.length - 1; i >= 0; i--) {
            anchorStart.put(anchors[i], i);
        }
    }

    /** Distinctive identifier values in the index (for the step's report). */
    int size() {
        int n = values.length;
        for (Long2IntOpenHashMap m : shortValues.values()) {
            n += m.size();
        }
        return n;
    }

    @Override
    public String distinctiveSource(String text) {
        int k = LeakScanner.RUN_LENGTH;
        int n = text.length();
        if (values.length > 0) {
            for (int p = 0; p + k <= n; p++) {
                long a = hash.of(text, p, p + k);
                for (int i = anchorStart.get(a); i >= 0 && i < anchors.length && anchors[i] == a; i++) {
                    int start = p - offsets[i];
                    if (start >= 0 && start + lengths[i] <= n && hash.of(text, start, start + lengths[i]) == values[i]) {
                        return columns[sources[i]];
                    }
                }
            }
        }
        for (Map.Entry<Integer, Long2IntOpenHashMap> byLength : shortValues.entrySet()) {
            int l = byLength.getKey();
            Long2IntOpenHashMap set = byLength.getValue();
            for (int p = 0; p + l <= n; p++) {
                int source = set.getOrDefault(hash.of(text, p, p + l), -1);
                if (source >= 0) {
                    return columns[source];
                }
            }
        }
        return null;
    }

    @Override
    public int othersWith(String column, String run, String owner) {
        Sample s = samples.get(column);
        if (s == null) {
            return 0;
        }
        int c = s.counts().getOrDefault(hash.of(run), 0);
        return s.sampled().contains(hash.of(owner)) ? c - 1 : c;
    }

    @Override
    public String toString() {
        return "HashedLeakScope[" + size() + " hashed identifier values, no values shown]";
    }
}
