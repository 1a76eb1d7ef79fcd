package io.safesegment.core.data.join;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.io.CellText;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Hash join of two tables on one or more key columns, with a report of matched, unmatched and duplicate keys so the
 * user sees at once when a join silently drops or multiplies rows. Keys compare by their text form, so an integer
 * key 42 matches a text key "42"; a row with any missing key cell never matches.
 */
public final class TableJoin {
    private static final char SEPARATOR = '\u001F';

    private TableJoin() {
    }

    /**
     * Joins {@code left} with {@code right}.
     *
     * @throws IllegalArgumentException naming a key column that does not exist
     */
    public static JoinResult join(Table left, Table right, JoinOptions options, Progress progress) {
        List<Column<?>> leftKeys = columns(left, options.leftKeys(), "left");
        List<Column<?>> rightKeys = columns(right, options.rightKeys(), "right");
        progress.report(0, Message.of("progress.join.index"));
        Map<String, int[]> index = new HashMap<>();
        for (int r = 0; r < right.rowCount(); r++) {
            String key = key(rightKeys, r);
            if (key != null) {
                index.merge(key, new int[] {r}, TableJoin::concat);
            }
            if ((r & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
        }
        int duplicateRight = (int) index.values().stream().filter(rows -> rows.length > 1).count();
        progress.report(0.4, Message.of("progress.join.match"));
        int capacity = Math.max(16, left.rowCount());
        int[] leftIdx = new int[capacity];
        int[] rightIdx = new int[capacity];
        int n = 0;
        int matchedLeft = 0;
        boolean[] rightUsed = new boolean[right.rowCount()];
        Map<String, Integer> leftKeyCounts = new HashMap<>();
        for (int l = 0; l < left.rowCount(); l++) {
            String key = key(leftKeys, l);
            int[] matches = key == null ? null : index.get(key);
            if (key != null) {
                leftKeyCounts.merge(key, 1, Integer::sum);
            }
            if (matches != null) {
                matchedLeft++;
                for (int r : matches) {
                    rightUsed[r] = true;
                    if (n == leftIdx.length) {
                        leftIdx = Arrays.copyOf(leftIdx, n * 2);
                        rightIdx = Arrays.copyOf(rightIdx, n * 2);
                    }
                    leftIdx[n] = l;
                    rightIdx[n++] = r;
                }
            } else if (options.type() == JoinType.LEFT) {
                if (n == leftIdx.length) {
                    leftIdx = Arrays.copyOf(leftIdx, n * 2);
                    rightIdx = Arrays.copyOf(rightIdx, n * 2);
                }
                leftIdx[n] = l;
                rightIdx[n++] = right.rowCount(); // the appended all-missing row
            }
            if ((l & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
        }
        int unmatchedRight = 0;
        for (boolean used : rightUsed) {
            if (!used) {
                unmatchedRight++;
            }
        }
        int duplicateLeft = (int) leftKeyCounts.values().stream().filter(c -> c > 1).count();
        progress.report(0.7, Message.of("progress.join.build"));
        Table result = build(left, right, options, Arrays.copyOf(leftIdx, n), Arrays.copyOf(rightIdx, n));
        progress.report(1.0, Message.of("progress.join.done", n));
        JoinReport report = new JoinReport(left.rowCount(), right.rowCount(), matchedLeft,
                left.rowCount() - matchedLeft, unmatchedRight, duplicateLeft, duplicateRight, n);
        return new JoinResult(result, report);
    }

    private static Table build(Table left, Table right, JoinOptions options, int[] leftIdx, int[] rightIdx) {
        Table result = Table.create(left.name() + "_" + options.type().name().toLowerCase() + "_" + right.name());
        Set<String> names = new HashSet<>();
        for (Column<?> c : left.columns()) {
            result.addColumns(c.subset(leftIdx));
            names.add(c.name());
        }
        Set<String> rightKeyNames = new HashSet<>(options.rightKeys());
        for (Column<?> c : right.columns()) {
            if (rightKeyNames.contains(c.name())) {
                continue;
            }
            Column<?> padded = c.copy();
            padded.appendMissing();
            Column<?> picked = padded.subset(rightIdx);
            String name = c.name();
            while (names.contains(name)) {
                name = name + options.suffix();
            }
            names.add(name);
            result.addColumns(picked.setName(name));
        }
        return result;
    }

    private static List<Column<?>> columns(Table t, List<String> names, String side) {
        List<Column<?>> out = new ArrayList<>();
        for (String name : names) {
            if (!t.containsColumn(name)) {
                throw new LocalizedArgumentException(Message.of("join.tableJoin.the", side, t.name(), name, t.columnNames()));
            }
            out.add(t.column(name));
        }
        return out;
    }

    private static String key(List<Column<?>> keys, int row) {
        if (keys.size() == 1) {
            Column<?> c = keys.getFirst();
            return c.isMissing(row) ? null : CellText.of(c, row);
        }
        StringBuilder sb = new StringBuilder();
        for (Column<?> c : keys) {
            if (c.isMissing(row)) {
                return null;
            }
            sb.append(CellText.of(c, row)).append(SEPARATOR);
        }
        return sb.toString();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
