package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;

/**
 * Signals that an inferred column must be re-read with a wider type because the value on {@code line} does not fit;
 * cheap to throw (no stack trace).
 */
final class WidenColumn extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;
    final transient ColumnType type;
    final long line;

    WidenColumn(int index, ColumnType type, long line) {
        super(null, null, false, false);
        this.index = index;
        this.type = type;
        this.line = line;
    }
}
