package io.safesegment.spark;

import io.safesegment.core.privacy.policy.IdentifierStrength;
import io.safesegment.core.privacy.policy.LeakScanner;
import io.safesegment.core.privacy.policy.LeakScope;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The two passes {@link SparkLeakScope} runs over a mask step's input, each returning one summary per partition
 * that holds counts and {@link KeyedHash keyed hashes} only. Chunks are built as the masker builds them (same
 * column types, so the same cell texts as the desktop compares).
 */
final class LeakScopePasses {
    private LeakScopePasses() {
    }

    /**
     * Cuts a partition into typed chunks of {@link PartitionMasker#CHUNK_ROWS} rows built as the masker builds them
     * (same column types, so the same cell texts), keeping only the columns {@code index} names.
     */
    private static void chunks(Iterator<Row> rows, ColumnsSchema schema, int[] index, Consumer<Table> each) {
        while (rows.hasNext()) {
            List<String[]> texts = new ArrayList<>();
            while (rows.hasNext() && texts.size() < PartitionMasker.CHUNK_ROWS) {
                Row r = rows.next();
                String[] cells = new String[index.length];
                for (int i = 0; i < index.length; i++) {
                    Object v = r.get(index[i]);
                    cells[i] = v == null ? "" : v.toString();
                }
                texts.add(cells);
            }
            each.accept(ChunkTables.build(schema, texts, "leak scope"));
        }
    }

    /** The desktop scan's comparison form of a cell, or null when missing. */
    private static String normalised(Column<?> c, int i) {
        return c.isMissing(i) ? null : IdentifierStrength.normalise(c.getString(i));
    }

    /** Pass 1's summary of one partition. */
    record Counts(int partition, long[] present, long[] distinctive) implements Serializable {
    }

    /** A value offered to an identifier column's sample: its row-order ordinal among the column's present values. */
    record SampleValue(int column, long ordinal, long value, long[] grams) implements Serializable {
    }

    /** Pass 2's summary of one partition: sample offers, index entries (parallel arrays) and excluded hashes. */
    record Entries(int partition, List<SampleValue> sample, long[] values, long[] anchors, int[] offsets,
                   int[] lengths, int[] columns, long[] excluded) implements Serializable {
    }

    record CountPass(ColumnsSchema idSchema, int[] idIndex, KeyedHash hash)
            implements Function2<Integer, Iterator<Row>, Iterator<Counts>> {
        @Override
        public Iterator<Counts> call(Integer partition, Iterator<Row> rows) {
            long[] present = new long[idIndex.length];
            LongOpenHashSet distinctive = new LongOpenHashSet();
            chunks(rows, idSchema, idIndex, t -> {
                for (int c = 0; c < idIndex.length; c++) {
                    Column<?> col = t.column(c);
                    for (int i = 0; i < col.size(); i++) {
                        String v = normalised(col, i);
                        if (v != null) {
                            present[c]++;
                            if (IdentifierStrength.distinctive(v)) {
                                distinctive.add(hash.of(v));
                            }
                        }
                    }
                }
            });
            return List.of(new Counts(partition, present, distinctive.toLongArray())).iterator();
        }
    }

    record EntryPass(ColumnsSchema schema, int[] idIndex, KeyedHash hash, long[][] offsets, long[] steps,
                             Broadcast<LongOpenHashSet> identifierHashes)
            implements Function2<Integer, Iterator<Row>, Iterator<Entries>> {
        @Override
        public Iterator<Entries> call(Integer partition, Iterator<Row> rows) {
            long[] seen = partition < offsets.length ? offsets[partition].clone() : new long[idIndex.length];
            LongOpenHashSet ids = identifierHashes.value();
            List<SampleValue> sample = new ArrayList<>();
            Long2IntOpenHashMap at = new Long2IntOpenHashMap();
            at.defaultReturnValue(-1);
            List<long[]> entries = new ArrayList<>();
            LongOpenHashSet excluded = new LongOpenHashSet();
            int[] all = new int[schema.size()];
            Arrays.setAll(all, i -> i);
            chunks(rows, schema, all, t -> {
                for (int c = 0; c < idIndex.length; c++) {
                    Column<?> col = t.column(idIndex[c]);
                    Long2IntOpenHashMap rarity = chunkGramCounts(col);
                    for (int i = 0; i < col.size(); i++) {
                        String v = normalised(col, i);
                        if (v == null) {
                            continue;
                        }
                        long h = hash.of(v);
                        if (seen[c]++ % steps[c] == 0) {
                            sample.add(new SampleValue(c, seen[c] - 1, h, grams(v)));
                        }
                        if (IdentifierStrength.distinctive(v)) {
                            int known = at.get(h);
                            if (known < 0) {
                                at.put(h, entries.size());
                                entries.add(entry(v, h, c, rarity));
                            } else if (entries.get(known)[4] > c) { // the first identifier column holding it names it
                                entries.set(known, entry(v, h, c, rarity));
                            }
                        }
                    }
                }
                for (int ci = 0; ci < t.columnCount(); ci++) {
                    if (Arrays.binarySearch(idIndex, ci) >= 0) {
                        continue;
                    }
                    Column<?> col = t.column(ci);
                    for (int i = 0; i < col.size(); i++) {
                        String v = normalised(col, i);
                        if (v != null && IdentifierStrength.distinctive(v)) {
                            long h = hash.of(v);
                            if (ids.contains(h)) {
                                excluded.add(h);
                            }
                        }
                    }
                }
            });
            int n = entries.size();
            long[] values = new long[n];
            long[] anchors = new long[n];
            int[] offs = new int[n];
            int[] lengths = new int[n];
            int[] columns = new int[n];
            for (int i = 0; i < n; i++) {
                long[] e = entries.get(i);
                values[i] = e[0];
                anchors[i] = e[1];
                offs[i] = (int) e[2];
                lengths[i] = (int) e[3];
                columns[i] = (int) e[4];
            }
            return List.of(new Entries(partition, sample, values, anchors, offs, lengths, columns,
                    excluded.toLongArray())).iterator();
        }

        /** The value filed under its rarest run in this chunk's column (values shorter than a run: by length). */
        private long[] entry(String v, long h, int column, Long2IntOpenHashMap rarity) {
            int k = LeakScanner.RUN_LENGTH;
            if (v.length() < k) {
                return new long[] {h, 0, 0, v.length(), column};
            }
            int best = 0;
            int bestCount = Integer.MAX_VALUE;
            long bestAnchor = 0;
            for (int i = 0; i + k <= v.length() && bestCount > 1; i++) {
                long g = hash.of(v, i, i + k);
                int c = rarity.get(g);
                if (c < bestCount) {
                    best = i;
                    bestCount = c;
                    bestAnchor = g;
                }
            }
            return new long[] {h, bestAnchor, best, v.length(), column};
        }

        /** The desktop sample's keys of a value: every run-length gram and every run, each once. */
        private long[] grams(String v) {
            LongOpenHashSet g = new LongOpenHashSet();
            for (int i = 0; i + LeakScanner.RUN_LENGTH <= v.length(); i++) {
                g.add(hash.of(v, i, i + LeakScanner.RUN_LENGTH));
            }
            for (IdentifierStrength.Run r : IdentifierStrength.runs(v)) {
                g.add(hash.of(r.text()));
            }
            return g.toLongArray();
        }

        /** How many of this chunk's values of a column contain each run-length gram: which anchors are rare here. */
        private Long2IntOpenHashMap chunkGramCounts(Column<?> col) {
            Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
            int k = LeakScanner.RUN_LENGTH;
            int step = Math.max(1, col.size() / LeakScope.SAMPLE);
            for (int i = 0; i < col.size(); i += step) {
                String v = normalised(col, i);
                if (v != null) {
                    LongOpenHashSet own = new LongOpenHashSet();
                    for (int p = 0; p + k <= v.length(); p++) {
                        own.add(hash.of(v, p, p + k));
                    }
                    own.forEach((long g) -> counts.addTo(g, 1));
                }
            }
            return counts;
        }
    }
}
