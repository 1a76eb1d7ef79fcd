package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.util.Arrays;

/**
 * An immutable user × item matrix in compressed sparse row form over primitive arrays, with the id ↔ index maps.
 *
 * <p>Each stored entry carries a value (a rating, a purchase count, spend or a recency-weighted count) and the time
 * of the latest underlying event in epoch seconds ({@code Long.MIN_VALUE} when unknown). Column indices are sorted
 * within each row. At 10M entries the arrays take about 160 MB (int + float + long per entry), which keeps
 * 1M users × 10k items well inside a few GB. The transpose (items × users) is built lazily and cached.
 */
public final class InteractionMatrix {
    private final IdIndex users;
    private final IdIndex items;
    private final int[] rowPtr;
    private final int[] cols;
    private final float[] values;
    private final long[] times;
    private final boolean explicit;
    private final boolean itemRows;
    private volatile InteractionMatrix transposed;

    /**
     * @param users    user ids (rows)
     * @param items    item ids (columns)
     * @param rowPtr   row start offsets, length rows + 1
     * @param cols     column index per entry, sorted within a row
     * @param values   value per entry
     * @param times    latest event time per entry (epoch seconds), or null when unknown
     * @param explicit whether values are explicit ratings (rating metrics apply) rather than implicit feedback
     */
    public InteractionMatrix(IdIndex users, IdIndex items, int[] rowPtr, int[] cols, float[] values, long[] times,
            boolean explicit) {
        if (rowPtr.length != users.size() + 1 || cols.length != values.length
                || (times != null && times.length != cols.length) || rowPtr[rowPtr.length - 1] != cols.length) {
            throw new LocalizedArgumentException(Message.of("data.interactionMatrix.inconsistentCsrArrays"));
        }
        this.users = users;
        this.items = items;
        this.rowPtr = rowPtr;
        this.cols = cols;
        this.values = values;
        this.times = times;
        this.explicit = explicit;
        this.itemRows = false;
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int rows() {
        return rowPtr.length - 1;
    }

    /** Number of columns: the item count (or user count for a transpose). */
    public int columns() {
        return itemRows ? users.size() : items.size();
    }

    public int nnz() {
        return cols.length;
    }

    public boolean explicit() {
        return explicit;
    }

    public boolean hasTimes() {
        return times != null;
    }

    /** First entry of row {@code r}. */
    public int start(int r) {
        return rowPtr[r];
    }

    /** One past the last entry of row {@code r}. */
    public int end(int r) {
        return rowPtr[r + 1];
    }

    public int rowLength(int r) {
        return rowPtr[r + 1] - rowPtr[r];
    }

    /** Column index of entry {@code e}. */
    public int col(int e) {
        return cols[e];
    }

    public float value(int e) {
        return values[e];
    }

    public long time(int e) {
        return times == null ? Long.MIN_VALUE : times[e];
    }

    /** The value at (r, c), or 0 when not stored (binary search within the row). */
    public float get(int r, int c) {
        int e = Arrays.binarySearch(cols, rowPtr[r], rowPtr[r + 1], c);
        return e >= 0 ? values[e] : 0f;
    }

    /** Whether (r, c) is stored. */
    public boolean contains(int r, int c) {
        return Arrays.binarySearch(cols, rowPtr[r], rowPtr[r + 1], c) >= 0;
    }

    /** Mean of the stored values of row {@code r}, or 0 for an empty row. */
    public double rowMean(int r) {
        int s = rowPtr[r];
        int e = rowPtr[r + 1];
        if (s == e) {
            return 0;
        }
        double sum = 0;
        for (int k = s; k < e; k++) {
            sum += values[k];
        }
        return sum / (e - s);
    }

    /** Mean of all stored values. */
    public double globalMean() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /**
     * The item × user transpose (rows are items), sharing the id maps; built once in O(nnz) and cached.
     * Its {@link #users()} and {@link #items()} still name the original users and items.
     */
    public InteractionMatrix transpose() {
        InteractionMatrix t = transposed;
        if (t == null) {
            synchronized (this) {
                t = transposed;
                if (t == null) {
                    t = buildTranspose();
                    transposed = t;
                }
            }
        }
        return t;
    }

    private InteractionMatrix buildTranspose() {
        int nCols = columns();
        int[] ptr = new int[nCols + 1];
        for (int c : cols) {
            ptr[c + 1]++;
        }
        for (int i = 0; i < nCols; i++) {
            ptr[i + 1] += ptr[i];
        }
        int[] next = Arrays.copyOf(ptr, nCols);
        int[] tc = new int[cols.length];
        float[] tv = new float[cols.length];
        long[] tt = times == null ? null : new long[cols.length];
        for (int r = 0; r < rows(); r++) {
            for (int e = rowPtr[r]; e < rowPtr[r + 1]; e++) {
                int pos = next[cols[e]]++;
                tc[pos] = r;
                tv[pos] = values[e];
                if (tt != null) {
                    tt[pos] = times[e];
                }
            }
        }
        InteractionMatrix result = new InteractionMatrix(users, items, ptr, tc, tv, tt, explicit, !itemRows);
        result.transposed = this;
        return result;
    }

    private InteractionMatrix(IdIndex users, IdIndex items, int[] rowPtr, int[] cols, float[] values,
            long[] times, boolean explicit, boolean itemRows) {
        this.users = users;
        this.items = items;
        this.rowPtr = rowPtr;
        this.cols = cols;
        this.values = values;
        this.times = times;
        this.explicit = explicit;
        this.itemRows = itemRows;
    }

    /** Number of entries per column (item popularity by distinct users for a user × item matrix). */
    public int[] columnCounts() {
        int[] counts = new int[columns()];
        for (int c : cols) {
            counts[c]++;
        }
        return counts;
    }

    /**
     * A matrix over the same ids keeping only the entries whose flag is set (a train or test part of a split).
     * Only valid on a user × item matrix.
     */
    public InteractionMatrix keep(boolean[] keepEntry) {
        if (itemRows) {
            throw new LocalizedStateException(Message.of("data.interactionMatrix.keepWorksOnThe"));
        }
        int n = 0;
        for (boolean k : keepEntry) {
            if (k) {
                n++;
            }
        }
        int[] ptr = new int[rows() + 1];
        int[] c = new int[n];
        float[] v = new float[n];
        long[] t = times == null ? null : new long[n];
        int out = 0;
        for (int r = 0; r < rows(); r++) {
            for (int e = rowPtr[r]; e < rowPtr[r + 1]; e++) {
                if (keepEntry[e]) {
                    c[out] = cols[e];
                    v[out] = values[e];
                    if (t != null) {
                        t[out] = times[e];
                    }
                    out++;
                }
            }
            ptr[r + 1] = out;
        }
        return new InteractionMatrix(users, items, ptr, c, v, t, explicit);
    }
}
