package io.safesegment.ui.data;

import io.safesegment.core.task.Progress;
import it.unimi.dsi.fastutil.ints.Int2ByteOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;
import it.unimi.dsi.fastutil.longs.Long2BooleanOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Computes which rows of a table the browser shows, in which order, without copying the table: a quick filter
 * (case-insensitive substring over every column) and a sort on one column yield an {@code int[]} of row indices.
 *
 * <p>Text columns are matched and ranked per distinct value, not per row, so a million-row column with a few
 * thousand distinct values costs one hash lookup per row. Missing values sort last in both directions.
 */
public final class RowOrder {
    /** Rows between cancellation checks (a power of two minus one, used as a mask). */
    private static final int CHECK_EVERY = (1 << 16) - 1;
    /** Per-value match cache entries ({@code 0} is the maps' default for values not seen yet). */
    private static final byte UNKNOWN = 0;
    private static final byte MISS = 1;
    private static final byte HIT = 2;

    private RowOrder() {
    }

    /**
     * The visible rows.
     *
     * @param sortColumn column to sort on, or null to keep file order
     * @param ascending  sort direction
     * @param filter     text every shown row contains in some column (blank: all rows)
     */
    public static int[] compute(Table table, String sortColumn, boolean ascending, String filter, Progress progress) {
        progress.update(-1, null);
        int[] rows = filter == null || filter.isBlank() ? identity(table.rowCount())
                : filter(table, filter.trim().toLowerCase(Locale.ROOT), progress);
        progress.checkCancelled();
        if (sortColumn != null && table.containsColumn(sortColumn)) {
            sort(rows, table.column(sortColumn), ascending);
        }
        progress.checkCancelled();
        return rows;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    private static int[] filter(Table table, String needle, Progress progress) {
        int n = table.rowCount();
        boolean[] keep = new boolean[n];
        boolean numberLike = needle.chars().anyMatch(c -> Character.isDigit(c) || c == '-' || c == '.' || c == ':');
        List<Column<?>> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            progress.checkCancelled();
            progress.update(0.8 * c / columns.size(), null);
            Column<?> column = columns.get(c);
            if (column instanceof StringColumn text) {
                markText(text, needle, keep, progress);
            } else if (numberLike || !(column instanceof NumericColumn<?> || column instanceof DateColumn
                    || column instanceof DateTimeColumn)) {
                // Numbers and dates can only contain digits and separators, so other text cannot match them.
                markFormatted(column, needle, keep, progress);
            }
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int row = 0, i = 0; row < n; row++) {
            if (keep[row]) {
                rows[i++] = row;
            }
        }
        return rows;
    }

    /**
     * Tablesaw stores a text column as dictionary keys, so each distinct value is lower-cased and searched once
     * and every row costs one primitive map lookup (no string hashing, no boxing). Tablesaw drops the dictionary of
     * a column whose values are mostly distinct (e-mails, names); there a cache would not pay, so each row is
     * searched directly.
     */
    private static void markText(StringColumn column, String needle, boolean[] keep, Progress progress) {
        DictionaryMap dictionary = column.getDictionary();
        if (dictionary instanceof NullDictionaryMap) {
            for (int row = 0; row < keep.length; row++) {
                if ((row & CHECK_EVERY) == 0) {
                    progress.checkCancelled();
                }
                if (!keep[row] && column.get(row).toLowerCase(Locale.ROOT).contains(needle)) {
                    keep[row] = true;
                }
            }
            return;
        }
        Int2ByteOpenHashMap seen = new Int2ByteOpenHashMap();
        for (int row = 0; row < keep.length; row++) {
            if ((row & CHECK_EVERY) == 0) {
                progress.checkCancelled();
            }
            if (!keep[row]) {
                int key = dictionary.getKeyAtIndex(row);
                byte known = seen.get(key);
                if (known == UNKNOWN) {
                    known = dictionary.getValueForKey(key).toLowerCase(Locale.ROOT).contains(needle) ? HIT : MISS;
                    seen.put(key, known);
                }
                keep[row] = known == HIT;
            }
        }
    }

    /**
     * Matches the displayed text of numbers and dates. Formatting a value is the expensive part, so each distinct
     * value is formatted once (keyed by its primitive value, no boxing); other column kinds format every row.
     */
    private static void markFormatted(Column<?> column, String needle, boolean[] keep, Progress progress) {
        RowMatcher matcher = switch (column) {
            case DateColumn dates -> memoised(dates::getIntInternal, column, needle);
            case DateTimeColumn times -> memoised(times::getLongInternal, column, needle);
            // The bit pattern is the key: every NaN shares one, and -0.0 (shown as "-0") stays apart from 0.0.
            case NumericColumn<?> numbers -> memoised(row -> Double.doubleToLongBits(numbers.getDouble(row)), column,
                    needle);
            default -> row -> contains(column, row, needle);
        };
        for (int row = 0; row < keep.length; row++) {
            if ((row & CHECK_EVERY) == 0) {
                progress.checkCancelled();
            }
            if (!keep[row] && !column.isMissing(row) && matcher.matches(row)) {
                keep[row] = true;
            }
        }
    }

    /** Matches each distinct key's displayed text once; {@code key} gives a row's primitive value as a long. */
    private static RowMatcher memoised(java.util.function.IntToLongFunction key, Column<?> column, String needle) {
        Long2BooleanOpenHashMap seen = new Long2BooleanOpenHashMap();
        return row -> {
            long k = key.applyAsLong(row);
            if (seen.containsKey(k)) {
                return seen.get(k);
            }
            boolean hit = contains(column, row, needle);
            seen.put(k, hit);
            return hit;
        };
    }

    private static boolean contains(Column<?> column, int row, String needle) {
        return column.getString(row).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Whether a (present) row's displayed value contains the filter text. */
    @FunctionalInterface
    private interface RowMatcher {
        boolean matches(int row);
    }

    private static void sort(int[] rows, Column<?> column, boolean ascending) {
        IntComparator values = comparator(column);
        int direction = ascending ? 1 : -1;
        IntComparator order = (a, b) -> {
            boolean ma = column.isMissing(a);
            boolean mb = column.isMissing(b);
            if (ma || mb) {
                return ma == mb ? Integer.compare(a, b) : ma ? 1 : -1;
            }
            int c = direction * values.compare(a, b);
            return c != 0 ? c : Integer.compare(a, b);
        };
        if (rows.length > 100_000) {
            IntArrays.parallelQuickSort(rows, order);
        } else {
            IntArrays.quickSort(rows, order);
        }
    }

    private static IntComparator comparator(Column<?> column) {
        if (column instanceof NumericColumn<?> numbers) {
            double[] v = numbers.asDoubleArray();
            return (a, b) -> Double.compare(v[a], v[b]);
        }
        if (column instanceof DateColumn dates) {
            return (a, b) -> Integer.compare(dates.getIntInternal(a), dates.getIntInternal(b));
        }
        if (column instanceof DateTimeColumn times) {
            return (a, b) -> Long.compare(times.getLongInternal(a), times.getLongInternal(b));
        }
        if (column instanceof StringColumn text) {
            int[] rank = textRanks(text);
            return (a, b) -> Integer.compare(rank[a], rank[b]);
        }
        return (a, b) -> column.getString(a).compareTo(column.getString(b));
    }

    /** Each row's position among the column's sorted distinct values. */
    private static int[] textRanks(StringColumn column) {
        List<String> distinct = new ArrayList<>(column.unique().asList());
        distinct.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
        Map<String, Integer> position = new HashMap<>(distinct.size() * 2);
        for (int i = 0; i < distinct.size(); i++) {
            position.put(distinct.get(i), i);
        }
        int[] rank = new int[column.size()];
        for (int row = 0; row < rank.length; row++) {
            rank[row] = position.get(column.get(row));
        }
        return rank;
    }
}
