package io.safesegment.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * A partition's output produced lazily, one chunk of input rows at a time, so an executor never holds the whole
 * partition (the masking, cleaning, anonymisation and value steps, and the recommendation steps' per-line reading):
 * {@link #chunk} turns up to {@code size} input rows into output rows, {@link #last} adds rows after the input ends
 * (the partition's counts) or checks them.
 */
abstract class ChunkedRows implements Iterator<Row> {
    private final Iterator<Row> in;
    private final int size;
    private Iterator<Row> buffer = java.util.Collections.emptyIterator();
    private boolean ended;

    ChunkedRows(Iterator<Row> in, int size) {
        this.in = in;
        this.size = size;
    }

    /** The output rows of one chunk of input rows, in their order. */
    abstract List<Row> chunk(List<Row> rows);

    /**
     * The rows that follow the last chunk (none unless overridden). Called once, when the last chunk's rows have
     * been taken (or at once for an empty partition), so a check of the partition's counts runs after all chunks.
     */
    List<Row> last() {
        return List.of();
    }

    @Override
    public boolean hasNext() {
        while (!buffer.hasNext()) {
            if (in.hasNext()) {
                List<Row> rows = new ArrayList<>(Math.min(size, 4096));
                while (in.hasNext() && rows.size() < size) {
                    rows.add(in.next());
                }
                buffer = chunk(rows).iterator();
            } else if (!ended) {
                ended = true;
                buffer = last().iterator();
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.next();
    }
}
