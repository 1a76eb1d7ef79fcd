package io.safesegment.core.data.io;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * A dictionary-encoded text column as one small code per row plus the text of each code, read straight from
 * Tablesaw's key arrays and key-to-value entries: no hash look-up per row or per distinct value. Code-per-distinct
 * work (masking each distinct value once) then indexes plain arrays, and {@link StringColumns#ofCodes} turns the
 * transformed texts back into a column.
 *
 * @param codes  the code of each row
 * @param values the text of each code ({@code ""} = Tablesaw's missing value; {@code null} for codes no row uses)
 */
public record DictionaryCodes(int[] codes, String[] values) {

    /**
     * The codes of a dictionary-encoded column; {@code null} when the column stores plain text (no dictionary).
     * Tablesaw hands out keys in sequence from the key type's minimum, so a key's code is its offset from there;
     * keys outside that range (possible after edits) get codes after it.
     */
    public static DictionaryCodes of(StringColumn column) {
        DictionaryMap dictionary = column.getDictionary();
        int rows = column.size();
        int[] rowKeys = new int[rows];
        Entries entries;
        long base;
        switch (dictionary) {
            case ByteDictionaryMap bytes -> {
                base = Byte.MIN_VALUE;
                byte[] keys = bytes.values().elements();
                for (int r = 0; r < rows; r++) {
                    rowKeys[r] = keys[r];
                }
                var set = bytes.getKeyValueEntries();
                entries = new Entries(set.size());
                set.forEach(e -> entries.add(e.getByteKey(), e.getValue()));
            }
            case ShortDictionaryMap shorts -> {
                base = Short.MIN_VALUE;
                short[] keys = shorts.values().elements();
                for (int r = 0; r < rows; r++) {
                    rowKeys[r] = keys[r];
                }
                var set = shorts.getKeyValueEntries();
                entries = new Entries(set.size());
                set.forEach(e -> entries.add(e.getShortKey(), e.getValue()));
            }
            case IntDictionaryMap ints -> {
                base = Integer.MIN_VALUE;
                System.arraycopy(ints.values().elements(), 0, rowKeys, 0, rows);
                var set = ints.getKeyValueEntries();
                entries = new Entries(set.size());
                set.forEach(e -> entries.add(e.getIntKey(), e.getValue()));
            }
            default -> {
                return null; // plain text (NullDictionaryMap)
            }
        }
        int[] keyOfEntry = entries.keys;
        String[] valueOfEntry = entries.values;
        int distinct = entries.size;
        Int2IntOpenHashMap outside = new Int2IntOpenHashMap();
        for (int i = 0; i < distinct; i++) {
            long offset = keyOfEntry[i] - base;
            if (offset < 0 || offset >= distinct) {
                outside.put(keyOfEntry[i], distinct + outside.size());
            }
        }
        String[] values = new String[distinct + outside.size()];
        for (int i = 0; i < distinct; i++) {
            int key = keyOfEntry[i];
            long offset = key - base;
            values[offset >= 0 && offset < distinct ? (int) offset : outside.get(key)] = valueOfEntry[i];
        }
        int[] codes = rowKeys; // converted in place: key -> code
        for (int r = 0; r < rows; r++) {
            long offset = rowKeys[r] - base;
            codes[r] = offset >= 0 && offset < distinct ? (int) offset : outside.get(rowKeys[r]);
        }
        return new DictionaryCodes(codes, values);
    }

    /** The dictionary's (key, value) pairs in arrays sized once (growing lists were a fifth of this class's time). */
    private static final class Entries {
        final int[] keys;
        final String[] values;
        int size;

        Entries(int capacity) {
            keys = new int[capacity];
            values = new String[capacity];
        }

        void add(int key, String value) {
            keys[size] = key;
            values[size++] = value;
        }
    }
}
