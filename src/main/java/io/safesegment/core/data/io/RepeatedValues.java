package io.safesegment.core.data.io;

import java.util.Arrays;

/**
 * A small per-column cache from a field's bytes to the String made from them, so that a column with few distinct
 * values (gender, city, dates, amounts) does not allocate a new String per row. That matters for loading speed:
 * every String kept until the column is built is copied by each young garbage collection while the file is read.
 * Columns where the cache rarely hits (identifiers, e-mails) switch it off after a trial, so they pay almost nothing.
 */
final class RepeatedValues {
    /** Values longer than this are never cached: long text is rarely repeated. */
    static final int MAX_BYTES = 48;
    private static final int SLOTS = 1 << 10;
    private static final int TRIAL = 2048;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int lookups;
    private int hits;
    private boolean off;

    /** Whether lookups are still worth it for this column. */
    boolean enabled() {
        return !off;
    }

    /** The cached String for {@code bytes[from..from+length)}, or null (then {@link #put} it after decoding). */
    String get(byte[] bytes, int from, int length) {
        int slot = slot(bytes, from, length);
        byte[] key = keys[slot];
        lookups++;
        if (key != null && Arrays.equals(key, 0, key.length, bytes, from, from + length)) {
            hits++;
            return values[slot];
        }
        if (lookups == TRIAL && hits * 4 < lookups) {
            off = true; // fewer than one hit in four: mostly distinct values
        }
        return null;
    }

    /** Remembers a decoded value; only valid text is ever put, so a byte-identical hit is valid too. */
    void put(byte[] bytes, int from, int length, String value) {
        int slot = slot(bytes, from, length);
        keys[slot] = Arrays.copyOfRange(bytes, from, from + length);
        values[slot] = value;
    }

    private static int slot(byte[] bytes, int from, int length) {
        int h = length;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        return h & (SLOTS - 1);
    }
}
