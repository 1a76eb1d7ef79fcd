package io.safesegment.core.data.profile;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Futures;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.WorkerPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Computes a {@link DatasetProfile}: per-column counts, distinct values, range, mean, median, standard deviation, top
 * values and histograms, plus exact duplicate rows and a memory estimate. Numeric and date columns are profiled on
 * sorted primitive arrays, so a million rows take well under a second per column.
 */
public final class DataProfiler {
    private DataProfiler() {
    }

    /**
     * Profiles {@code table}. Columns (and the duplicate-row count) are independent, so they are profiled in parallel
     * on the {@link WorkerPool}; the calling thread reports progress per finished column and checks cancellation
     * while it waits.
     */
    public static DatasetProfile profile(Table table, ProfileOptions options, Progress progress) {
        progress.checkCancelled();
        int n = table.columnCount();
        Progress cancelOnly = new Progress() {
            @Override
            public void update(double fraction, String message) {
                // progress is reported by the calling thread only
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        ExecutorService pool = WorkerPool.executor();
        // the duplicate count is the longest single task, so it starts first
        Future<Long> duplicates = pool.submit(() -> DuplicateRows.count(table, cancelOnly));
        List<Future<Profiled>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Column<?> c = table.column(i);
            futures.add(pool.submit(() -> profileColumn(c, options)));
        }
        try {
            List<ColumnProfile> columns = new ArrayList<>();
            long memory = 0;
            for (int i = 0; i < n; i++) {
                Profiled p = Futures.await(futures.get(i), progress, (double) i / (n + 1),
                        Message.of("progress.profile.column", i + 1, n));
                columns.add(p.profile);
                memory += p.bytes;
            }
            long duplicateRows = Futures.await(duplicates, progress, (double) n / (n + 1), Message.of("progress.profile.duplicates"));
            progress.report(1.0, Message.of("progress.profile.done", table.rowCount()));
            return new DatasetProfile(table.name(), table.rowCount(), duplicateRows, memory, columns);
        } finally {
            futures.forEach(f -> f.cancel(false));
            duplicates.cancel(false);
        }
    }


    private record Profiled(ColumnProfile profile, long bytes) {
    }

    private static Profiled profileColumn(Column<?> c, ProfileOptions options) {
        String type = c.type().name();
        int rows = c.size();
        if (c instanceof tech.tablesaw.api.LongColumn longs) {
            return profileLongs(longs, options);
        }
        if (c instanceof NumericColumn<?> num) {
            double[] v = new double[rows];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                if (!num.isMissing(r)) {
                    v[k++] = num.getDouble(r);
                }
            }
            v = Arrays.copyOf(v, k);
            Arrays.sort(v);
            boolean integral = !(c instanceof tech.tablesaw.api.DoubleColumn)
                    && !(c instanceof tech.tablesaw.api.FloatColumn);
            List<ValueCount> top = topOfSorted(v, options.topValues(), x -> integral ? Long.toString((long) x)
                    : Double.toString(x));
            double[] meanSd = meanAndSd(v);
            ColumnProfile p = new ColumnProfile(c.name(), type, k, rows - k, distinctOfSorted(v),
                    k == 0 ? null : format(v[0], integral), k == 0 ? null : format(v[k - 1], integral),
                    k == 0 ? null : meanSd[0], k == 0 ? null : median(v), k == 0 ? null : meanSd[1], top,
                    k == 0 ? null : histogram(v, options.bins()));
            return new Profiled(p, (long) rows * c.type().byteSize());
        }
        if (c instanceof DateColumn d) {
            double[] v = new double[rows];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                if (!d.isMissing(r)) {
                    v[k++] = d.getIntInternal(r);
                }
            }
            v = Arrays.copyOf(v, k);
            Arrays.sort(v);
            List<ValueCount> top = topOfSorted(v, options.topValues(),
                    x -> PackedLocalDate.asLocalDate((int) x).toString());
            ColumnProfile p = new ColumnProfile(c.name(), type, k, rows - k, distinctOfSorted(v),
                    k == 0 ? null : PackedLocalDate.asLocalDate((int) v[0]).toString(),
                    k == 0 ? null : PackedLocalDate.asLocalDate((int) v[k - 1]).toString(),
                    null, null, null, top, null);
            return new Profiled(p, rows * 4L);
        }
        if (c instanceof DateTimeColumn d) {
            long[] v = new long[rows];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                if (!d.isMissing(r)) {
                    v[k++] = d.getLongInternal(r);
                }
            }
            v = Arrays.copyOf(v, k);
            Arrays.sort(v);
            Map<String, Long> counts = new HashMap<>();
            long distinct = 0;
            for (int i = 0; i < k; i++) {
                if (i == 0 || v[i] != v[i - 1]) {
                    distinct++;
                }
            }
            if (options.topValues() > 0) {
                for (int i = 0; i < k; i++) {
                    counts.merge(PackedLocalDateTime.asLocalDateTime(v[i]).toString(), 1L, Long::sum);
                    if (counts.size() > 100_000) {
                        break;
                    }
                }
            }
            ColumnProfile p = new ColumnProfile(c.name(), type, k, rows - k, distinct,
                    k == 0 ? null : PackedLocalDateTime.asLocalDateTime(v[0]).toString(),
                    k == 0 ? null : PackedLocalDateTime.asLocalDateTime(v[k - 1]).toString(),
                    null, null, null, top(counts, options.topValues()), null);
            return new Profiled(p, rows * 8L);
        }
        if (c instanceof StringColumn s) {
            return profileStrings(s, options);
        }
        Map<String, Long> counts = new HashMap<>();
        long missing = 0;
        for (int r = 0; r < rows; r++) {
            if (c.isMissing(r)) {
                missing++;
            } else {
                counts.merge(c.getString(r), 1L, Long::sum);
            }
        }
        long bytes;
        if (c instanceof BooleanColumn) {
            bytes = rows;
        } else {
            bytes = rows * 16L;
        }
        ColumnProfile p = new ColumnProfile(c.name(), type, rows - missing, missing, counts.size(), null, null, null,
                null, null, top(counts, options.topValues()), null);
        return new Profiled(p, bytes);
    }

    /**
     * Strings are dictionary-encoded in Tablesaw: counting the per-row dictionary keys on a sorted int array avoids
     * hashing a million strings.
     */
    private static Profiled profileStrings(StringColumn c, ProfileOptions options) {
        int rows = c.size();
        var dictionary = c.getDictionary();
        if (!hasKeys(c)) {
            return profileUnencodedStrings(c, options);
        }
        int[] keys = new int[rows];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            if (!c.isMissing(r)) {
                keys[k++] = dictionary.getKeyForIndex(r);
            }
        }
        keys = Arrays.copyOf(keys, k);
        Arrays.sort(keys);
        long distinct = 0;
        long bytes = rows * 4L;
        PriorityQueue<long[]> heap = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[1]));
        int i = 0;
        while (i < k) {
            int j = i;
            while (j < k && keys[j] == keys[i]) {
                j++;
            }
            distinct++;
            bytes += 40 + dictionary.getValueForKey(keys[i]).length();
            if (options.topValues() > 0) {
                offer(heap, keys[i], j - i, options.topValues() * 4L + 16);
            }
            i = j;
        }
        // The heap keeps a margin of candidates so that ties at the cut-off are broken by value, not by key order.
        List<ValueCount> top = heap.stream().map(a -> new ValueCount(dictionary.getValueForKey((int) a[0]), a[1]))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value))
                .limit(options.topValues()).toList();
        ColumnProfile p = new ColumnProfile(c.name(), c.type().name(), k, rows - k, distinct, null, null, null, null,
                null, top, null);
        return new Profiled(p, bytes);
    }

    /** Tablesaw drops the dictionary (NullDictionaryMap) for columns of mostly unique values. */
    static boolean hasKeys(StringColumn c) {
        return !(c.getDictionary() instanceof tech.tablesaw.columns.strings.NullDictionaryMap);
    }

    /**
     * Mostly unique text (emails, phone numbers) is counted on sorted 64-bit hashes rather than in a hash map of a
     * million strings, which is several times faster; a collision between two different values is possible in
     * principle (probability below 1e-7 for a million values) and would only merge their counts.
     */
    private static Profiled profileUnencodedStrings(StringColumn c, ProfileOptions options) {
        int rows = c.size();
        long[] hashes = new long[rows];
        int k = 0;
        long bytes = rows * 8L;
        for (int r = 0; r < rows; r++) {
            if (!c.isMissing(r)) {
                String v = c.get(r);
                hashes[k++] = hash64(v);
                bytes += 40 + v.length();
            }
        }
        hashes = Arrays.copyOf(hashes, k);
        Arrays.sort(hashes);
        long distinct = 0;
        int limit = options.topValues();
        PriorityQueue<long[]> heap = new PriorityQueue<>(Comparator.<long[]>comparingLong(a -> a[1]));
        int i = 0;
        while (i < k) {
            int j = i;
            while (j < k && hashes[j] == hashes[i]) {
                j++;
            }
            distinct++;
            if (limit > 0) {
                offer(heap, hashes[i], j - i, limit * 4L + 16);
            }
            i = j;
        }
        Map<Long, Long> candidates = new HashMap<>();
        heap.forEach(a -> candidates.put(a[0], a[1]));
        Map<Long, String> names = new HashMap<>();
        for (int r = 0; r < rows && names.size() < candidates.size(); r++) {
            if (!c.isMissing(r)) {
                long h = hash64(c.get(r));
                if (candidates.containsKey(h)) {
                    names.putIfAbsent(h, c.get(r));
                }
            }
        }
        List<ValueCount> top = candidates.entrySet().stream()
                .map(e -> new ValueCount(names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value))
                .limit(limit).toList();
        ColumnProfile p = new ColumnProfile(c.name(), c.type().name(), k, rows - k, distinct, null, null, null,
                null, null, top, null);
        return new Profiled(p, bytes);
    }

    /**
     * Keeps the {@code capacity} largest counts. A full heap only takes counts above its minimum: for mostly unique
     * columns that skips almost every run instead of pushing and popping a million entries.
     */
    private static void offer(PriorityQueue<long[]> heap, long key, long count, long capacity) {
        if (heap.size() < capacity || count > heap.peek()[1]) {
            heap.add(new long[] {key, count});
            if (heap.size() > capacity) {
                heap.poll();
            }
        }
    }

    /** FNV-1a over the UTF-16 code units, finished with a 64-bit mixer. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    private static String format(double x, boolean integral) {
        return integral ? Long.toString((long) x) : Double.toString(x);
    }

    static double median(double[] sorted) {
        int k = sorted.length;
        // Halves first: (1e308 + 1e308) / 2 would overflow to Infinity.
        return k % 2 == 1 ? sorted[k / 2] : sorted[k / 2 - 1] / 2 + sorted[k / 2] / 2;
    }

    /**
     * Mean and sample standard deviation of ascending {@code sorted} values, computed on values divided by the
     * largest magnitude so that sums of huge values (1e308) do not overflow to Infinity.
     */
    static double[] meanAndSd(double[] sorted) {
        int k = sorted.length;
        if (k == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double scale = Math.max(Math.abs(sorted[0]), Math.abs(sorted[k - 1]));
        if (scale == 0 || !Double.isFinite(scale)) {
            scale = 1;
        }
        double sum = 0;
        for (double x : sorted) {
            sum += x / scale;
        }
        double scaledMean = sum / k;
        double ss = 0;
        for (double x : sorted) {
            double d = x / scale - scaledMean;
            ss += d * d;
        }
        return new double[] {scaledMean * scale, k > 1 ? Math.sqrt(ss / (k - 1)) * scale : 0};
    }

    /**
     * Long columns are profiled on the exact longs: through doubles, ids above 2^53 (national ids, card numbers read
     * as numbers) would show a different minimum, maximum and top value than the file holds, and distinct ids could
     * merge.
     */
    private static Profiled profileLongs(tech.tablesaw.api.LongColumn c, ProfileOptions options) {
        int rows = c.size();
        long[] v = new long[rows];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            if (!c.isMissing(r)) {
                v[k++] = c.getLong(r);
            }
        }
        v = Arrays.copyOf(v, k);
        Arrays.sort(v);
        double[] d = new double[k];
        long distinct = 0;
        for (int i = 0; i < k; i++) {
            d[i] = v[i];
            distinct += i == 0 || v[i] != v[i - 1] ? 1 : 0;
        }
        double[] meanSd = meanAndSd(d);
        ColumnProfile p = new ColumnProfile(c.name(), c.type().name(), k, rows - k, distinct,
                k == 0 ? null : Long.toString(v[0]), k == 0 ? null : Long.toString(v[k - 1]),
                k == 0 ? null : meanSd[0], k == 0 ? null : median(d), k == 0 ? null : meanSd[1],
                topOfSortedLongs(v, options.topValues()), k == 0 ? null : histogram(d, options.bins()));
        return new Profiled(p, rows * 8L);
    }

    private static List<ValueCount> topOfSortedLongs(long[] v, int limit) {
        if (limit == 0) {
            return List.of();
        }
        // Min-heap of {value, count}: fewest first out, and of equal counts the larger value first out.
        PriorityQueue<long[]> heap = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(a -> a[1]).thenComparing((a, b) -> Long.compare(b[0], a[0])));
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j < v.length && v[j] == v[i]) {
                j++;
            }
            if (heap.size() < limit || j - i > heap.peek()[1]) {
                heap.add(new long[] {v[i], j - i});
                if (heap.size() > limit) {
                    heap.poll();
                }
            }
            i = j;
        }
        List<long[]> runs = new ArrayList<>(heap);
        runs.sort(Comparator.<long[]>comparingLong(a -> -a[1]).thenComparingLong(a -> a[0]));
        return runs.stream().map(a -> new ValueCount(Long.toString(a[0]), a[1])).toList();
    }

    private static long distinctOfSorted(double[] v) {
        long d = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                d++;
            }
        }
        return d;
    }

    private static List<ValueCount> topOfSorted(double[] v, int limit, java.util.function.DoubleFunction<String> text) {
        if (limit == 0) {
            return List.of();
        }
        // Min-heap on (count, then larger value first out) keeps the `limit` most frequent runs.
        PriorityQueue<double[]> heap = new PriorityQueue<>(
                Comparator.<double[]>comparingDouble(a -> a[1]).thenComparing(a -> -a[0]));
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j < v.length && v[j] == v[i]) {
                j++;
            }
            // v is ascending, so a run tied with the heap's minimum has the larger value and would be evicted at once
            if (heap.size() < limit || j - i > heap.peek()[1]) {
                heap.add(new double[] {v[i], j - i});
                if (heap.size() > limit) {
                    heap.poll();
                }
            }
            i = j;
        }
        List<double[]> runs = new ArrayList<>(heap);
        runs.sort(Comparator.<double[]>comparingDouble(a -> -a[1]).thenComparingDouble(a -> a[0]));
        return runs.stream().map(a -> new ValueCount(text.apply(a[0]), (long) a[1])).toList();
    }

    private static List<ValueCount> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new ValueCount(e.getKey(), e.getValue()))
                .toList();
    }

    static Histogram histogram(double[] sorted, int bins) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        if (min == max || !Double.isFinite(max - min)) {
            return new Histogram(List.of(min, max), List.of((long) sorted.length));
        }
        double width = (max - min) / bins;
        long[] counts = new long[bins];
        for (double x : sorted) {
            int b = (int) ((x - min) / width);
            counts[Math.min(Math.max(b, 0), bins - 1)]++;
        }
        List<Double> edges = new ArrayList<>(bins + 1);
        for (int b = 0; b <= bins; b++) {
            edges.add(b == bins ? max : min + b * width);
        }
        List<Long> c = new ArrayList<>(bins);
        for (long x : counts) {
            c.add(x);
        }
        return new Histogram(edges, c);
    }

    /** Exact duplicate-row counting: 64-bit row hashes, confirmed cell by cell to rule out collisions. */
    static final class DuplicateRows {
        private DuplicateRows() {
        }

        static long count(Table table, Progress progress) {
            int rows = table.rowCount();
            long[] hashes = new long[rows];
            for (Column<?> c : table.columns()) {
                progress.checkCancelled();
                for (int r = 0; r < rows; r++) {
                    hashes[r] = mix(hashes[r] * 0x9E3779B97F4A7C15L + cellHash(c, r));
                }
            }
            // Only rows whose hash occurs more than once can be duplicates; find those hashes on a sorted copy.
            long[] sorted = hashes.clone();
            Arrays.sort(sorted);
            java.util.Set<Long> repeated = new java.util.HashSet<>();
            for (int i = 1; i < rows; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    repeated.add(sorted[i]);
                }
            }
            if (repeated.isEmpty()) {
                return 0;
            }
            Map<Long, int[]> firstRows = new HashMap<>();
            long duplicates = 0;
            for (int r = 0; r < rows; r++) {
                if (!repeated.contains(hashes[r])) {
                    continue;
                }
                int[] seen = firstRows.get(hashes[r]);
                if (seen == null) {
                    firstRows.put(hashes[r], new int[] {r});
                    continue;
                }
                boolean dup = false;
                for (int s : seen) {
                    if (sameRow(table, s, r)) {
                        dup = true;
                        break;
                    }
                }
                if (dup) {
                    duplicates++;
                } else {
                    int[] more = Arrays.copyOf(seen, seen.length + 1);
                    more[seen.length] = r;
                    firstRows.put(hashes[r], more);
                }
            }
            return duplicates;
        }

        static boolean sameRow(Table t, int a, int b) {
            for (Column<?> c : t.columns()) {
                if (c.isMissing(a) != c.isMissing(b)) {
                    return false;
                }
                if (!c.isMissing(a) && !Objects.equals(c.get(a), c.get(b))) {
                    return false;
                }
            }
            return true;
        }

        static long cellHash(Column<?> c, int r) {
            if (c.isMissing(r)) {
                return 0x5bd1e995L;
            }
            return switch (c) {
                case tech.tablesaw.api.IntColumn i -> i.getInt(r);
                case tech.tablesaw.api.LongColumn l -> l.getLong(r);
                case tech.tablesaw.api.DoubleColumn d -> Double.doubleToLongBits(d.getDouble(r));
                case DateColumn d -> d.getIntInternal(r);
                case DateTimeColumn d -> d.getLongInternal(r);
                case BooleanColumn b -> b.getByte(r);
                case StringColumn s -> hasKeys(s) ? s.getDictionary().getKeyForIndex(r) : hash64(s.get(r));
                default -> Objects.hashCode(c.get(r));
            };
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
            z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return z ^ (z >>> 33);
        }
    }
}
