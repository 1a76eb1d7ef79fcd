package io.safesegment.core.data.io;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.IntDictionaryMap;

/**
 * Builds Tablesaw {@link StringColumn}s in one go for code that computes a whole column at once (masking,
 * generalisation). Appending value by value through {@code StringColumn.create} costs two hash lookups per row and
 * re-hashes the dictionary as it grows; {@link #ofValues} costs one lookup per row, and {@link #ofCodes} none: the
 * caller hands over one small code per row plus the label of each code, so work is done once per distinct value.
 * Tablesaw's rules are kept: the empty string is the missing value, and a column that is mostly distinct values is
 * stored as plain text.
 */
public final class StringColumns {
    private static final int MISSING_KEY = Integer.MAX_VALUE;
    private static final int NO_KEY = Integer.MIN_VALUE;

    private StringColumns() {
    }

    /** A column holding {@code values} ({@code ""} = missing; {@code null} is not allowed). */
    public static StringColumn ofValues(String name, String[] values) {
        return TextColumns.create(name, values, values.length);
    }

    /**
     * A column whose row {@code r} holds {@code labels[codes[r]]}, or a missing value where the code is negative or the
     * label is {@code null} or empty. Labels may repeat (two codes may generalise to the same text) and need not all
     * be used; the column's dictionary holds each used label once.
     *
     * @throws IndexOutOfBoundsException when a code is not an index of {@code labels}
     */
    public static StringColumn ofCodes(String name, int[] codes, String[] labels) {
        int rows = codes.length;
        // Dictionary key of each code, assigned when a row first uses it so unused labels never enter the dictionary.
        int[] codeKey = new int[labels.length];
        Arrays.fill(codeKey, NO_KEY);
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>();
        valueToKey.defaultReturnValue(NO_KEY);
        int[] rowKeys = new int[rows];
        int[] counts = new int[Math.min(labels.length, rows) + 1];
        int distinct = 0;
        int missing = 0;
        for (int r = 0; r < rows; r++) {
            int code = codes[r];
            int key = code < 0 ? MISSING_KEY : codeKey[code];
            if (key == NO_KEY) {
                String label = labels[code];
                if (label == null || label.isEmpty()) {
                    key = MISSING_KEY;
                } else {
                    key = valueToKey.getInt(label);
                    if (key == NO_KEY) {
                        if (distinct == TextColumns.SHORT_DICTIONARY_LIMIT && distinct > (r + 1) / 2.0) {
                            // Tablesaw's own rule at this point (see TextColumns): mostly distinct, keep plain text
                            return ofValues(name, expand(codes, labels));
                        }
                        key = NO_KEY + 1 + distinct++;
                        valueToKey.put(label, key);
                    }
                }
                codeKey[code] = key;
            }
            rowKeys[r] = key;
            if (key == MISSING_KEY) {
                missing++;
            } else {
                counts[key - NO_KEY - 1]++;
            }
        }
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(distinct + 1);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(distinct + 1);
        for (var e : valueToKey.object2IntEntrySet()) {
            keyToValue.put(e.getIntValue(), e.getKey());
            keyToCount.put(e.getIntValue(), counts[e.getIntValue() - NO_KEY - 1]);
        }
        if (missing > 0) {
            valueToKey.put("", MISSING_KEY);
            keyToValue.put(MISSING_KEY, "");
            keyToCount.put(MISSING_KEY, missing);
        }
        IntDictionaryMap dictionary = new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(NO_KEY + distinct)
                .setKeyToValue(keyToValue)
                .setValueToKey(valueToKey)
                .setKeyToCount(keyToCount)
                .setValues(rowKeys)
                .build();
        return StringColumn.createInternal(name, dictionary);
    }

    private static String[] expand(int[] codes, String[] labels) {
        String[] values = new String[codes.length];
        for (int r = 0; r < codes.length; r++) {
            String label = codes[r] < 0 ? null : labels[codes[r]];
            values[r] = label == null ? "" : label;
        }
        return values;
    }
}
