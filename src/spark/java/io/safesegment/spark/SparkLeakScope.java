package io.safesegment.spark;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.LeakScope;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Gathers the {@link HashedLeakScope} of a mask step's whole input before the masking job (issue 22: a leak that
 * crosses a chunk is found as on the desktop). Two passes over the input, each returning one small summary per
 * partition that the driver combines, and only {@link KeyedHash keyed hashes} ever leave a partition:
 * <ol>
 *   <li>over the identifier columns: how many present values each has in each partition (where the desktop's
 *       deterministic sample falls) and the hashes of their distinctive values;</li>
 *   <li>over all columns: the sampled values' gram hashes, every distinctive identifier value filed under its
 *       rarest run in the partition, and which of the identifier hashes are also values of a non-identifier
 *       column (a product code equal to a customer id is a code, not a leak: the desktop excludes those).</li>
 * </ol>
 * The mask step gathers the scope ({@link #gather}) and hands its broadcast to the masker; closing it destroys the
 * broadcast.
 */
final class SparkLeakScope {
    private SparkLeakScope() {
    }

    /**
     * Gathers the scope of {@code in} under {@code roles} and broadcasts it until the returned handle is closed;
     * does nothing (no broadcast) when no column of the input is a direct identifier.
     */
    static Gathered gather(SparkSession spark, SparkFrame in, Map<String, ColumnRole> roles) {
        HashedLeakScope scope = build(in, roles);
        if (scope == null) {
            return new Gathered(null, -1);
        }
        Broadcast<HashedLeakScope> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(scope);
        return new Gathered(b, scope.size());
    }

    /**
     * The scope gathered for one mask step (its broadcast is null when none was needed); closing it destroys the
     * broadcast.
     *
     * @param identifierValues distinctive identifier values in the scope, -1 when none was needed
     */
    record Gathered(Broadcast<HashedLeakScope> broadcast, int identifierValues) implements AutoCloseable {
        @Override
        public void close() {
            if (broadcast != null) {
                broadcast.destroy();
            }
        }
    }

    /** The scope of the whole input, or null when it has no direct-identifier column. */
    static HashedLeakScope build(SparkFrame in, Map<String, ColumnRole> roles) {
        ColumnsSchema schema = in.schema();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < schema.size(); i++) {
            if (roles.get(schema.names()[i]) == ColumnRole.DIRECT_IDENTIFIER) {
                ids.add(i);
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        int[] idIndex = ids.stream().mapToInt(Integer::intValue).toArray();
        KeyedHash hash = KeyedHash.random();
        String[] idNames = Arrays.stream(idIndex).mapToObj(i -> schema.names()[i]).toArray(String[]::new);
        ColumnsSchema idSchema = subset(schema, idIndex);
        var rdd = in.rows().javaRDD();
        // pass 1: present values per partition and identifier column, and the distinctive identifier hashes
        List<LeakScopePasses.Counts> counts = new ArrayList<>(rdd.mapPartitionsWithIndex(new LeakScopePasses.CountPass(idSchema, idIndex, hash), true)
                .collect());
        counts.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        LongOpenHashSet distinct = new LongOpenHashSet();
        long[] present = new long[idIndex.length];
        long[][] offsets = new long[counts.size()][];
        for (int p = 0; p < counts.size(); p++) {
            offsets[p] = present.clone();
            for (int c = 0; c < present.length; c++) {
                present[c] += counts.get(p).present()[c];
            }
            distinct.addAll(LongOpenHashSet.of(counts.get(p).distinctive()));
        }
        long[] steps = Arrays.stream(present).map(LeakScope::sampleStep).toArray();
        Broadcast<LongOpenHashSet> identifierHashes = JavaSparkContext.fromSparkContext(rdd.context())
                .broadcast(distinct);
        // pass 2: the sample, the index entries and the identifier hashes that non-identifier columns also hold
        List<LeakScopePasses.Entries> parts;
        try {
            parts = new ArrayList<>(rdd.mapPartitionsWithIndex(new LeakScopePasses.EntryPass(schema, idIndex, hash, offsets, steps,
                    identifierHashes), true).collect());
        } finally {
            identifierHashes.destroy();
        }
        parts.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
        return combine(hash, idNames, parts);
    }

    private static HashedLeakScope combine(KeyedHash hash, String[] idNames, List<LeakScopePasses.Entries> parts) {
        Map<String, HashedLeakScope.Sample> samples = new HashMap<>();
        for (int c = 0; c < idNames.length; c++) {
            List<LeakScopePasses.SampleValue> offered = new ArrayList<>();
            for (LeakScopePasses.Entries e : parts) {
                for (LeakScopePasses.SampleValue s : e.sample()) {
                    if (s.column() == c) {
                        offered.add(s);
                    }
                }
            }
            offered.sort((a, b) -> Long.compare(a.ordinal(), b.ordinal()));
            Long2IntOpenHashMap gramCounts = new Long2IntOpenHashMap();
            LongOpenHashSet sampled = new LongOpenHashSet();
            for (LeakScopePasses.SampleValue s : offered) { // the desktop's rule: in row order, until SAMPLE distinct values
                if (sampled.size() < LeakScope.SAMPLE && sampled.add(s.value())) {
                    for (long g : s.grams()) {
                        gramCounts.addTo(g, 1);
                    }
                }
            }
            samples.put(idNames[c], new HashedLeakScope.Sample(gramCounts, sampled));
        }
        LongOpenHashSet excluded = new LongOpenHashSet();
        Long2IntOpenHashMap at = new Long2IntOpenHashMap();
        at.defaultReturnValue(-1);
        List<long[]> kept = new ArrayList<>(); // value, anchor, offset, length, column
        for (LeakScopePasses.Entries e : parts) {
            excluded.addAll(LongOpenHashSet.of(e.excluded()));
            for (int i = 0; i < e.values().length; i++) {
                int known = at.get(e.values()[i]);
                long[] entry = {e.values()[i], e.anchors()[i], e.offsets()[i], e.lengths()[i], e.columns()[i]};
                if (known < 0) {
                    at.put(e.values()[i], kept.size());
                    kept.add(entry);
                } else if (kept.get(known)[4] > e.columns()[i]) { // the first identifier column holding it names it
                    kept.set(known, entry);
                }
            }
        }
        TreeMap<Integer, Long2IntOpenHashMap> shortValues = new TreeMap<>();
        List<long[]> anchored = new ArrayList<>();
        for (long[] entry : kept) {
            if (excluded.contains(entry[0])) {
                continue;
            }
            if (entry[3] < LeakScanner.RUN_LENGTH) {
                shortValues.computeIfAbsent((int) entry[3], l -> new Long2IntOpenHashMap()).put(entry[0], (int) entry[4]);
            } else {
                anchored.add(entry);
            }
        }
        anchored.sort((a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[4], b[4]));
        int n = anchored.size();
        long[] anchors = new long[n];
        long[] values = new long[n];
        int[] offsets = new int[n];
        int[] lengths = new int[n];
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            long[] e = anchored.get(i);
            values[i] = e[0];
            anchors[i] = e[1];
            offsets[i] = (int) e[2];
            lengths[i] = (int) e[3];
            sources[i] = (int) e[4];
        }
        return new HashedLeakScope(hash, idNames, anchors, values, offsets, lengths, sources, shortValues, samples);
    }

    private static ColumnsSchema subset(ColumnsSchema schema, int[] index) {
        String[] names = new String[index.length];
        ColumnType[] types = new ColumnType[index.length];
        String[] patterns = new String[index.length];
        for (int i = 0; i < index.length; i++) {
            names[i] = schema.names()[index[i]];
            types[i] = schema.types()[index[i]];
            patterns[i] = schema.patterns()[index[i]];
        }
        return new ColumnsSchema(names, types, patterns, schema.missing());
    }
}
