package io.safesegment.core.data.io;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NoKeysAvailableException;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Builds a Tablesaw {@link StringColumn} from an array in one pass. {@code StringColumn.create} appends value by value,
 * paying a second hash lookup per row for its key counts and re-hashing its dictionary as it outgrows the byte and
 * short key ranges; here each row costs one lookup and the counts are an array. The result follows Tablesaw's own
 * rules: the empty string is the missing value, and a column whose first 65,535 distinct values make up more than
 * half of the rows read so far is stored as plain text (no dictionary), as Tablesaw does when its short keys run out.
 */
final class TextColumns {
    /** Tablesaw's short dictionary holds this many values; past it Tablesaw decides between int keys and plain text. */
    static final int SHORT_DICTIONARY_LIMIT = 65_535;
    /** Key of the missing value and first key handed out minus one, as in {@code IntDictionaryMap}. */
    private static final int MISSING_KEY = Integer.MAX_VALUE;
    private static final int NO_KEY = Integer.MIN_VALUE;

    private TextColumns() {
    }

    /** A column of {@code values[0..rows-1]}. */
    static StringColumn create(String name, String[] values, int rows) {
        Object2IntOpenHashMap<String> keys = new Object2IntOpenHashMap<>();
        keys.defaultReturnValue(NO_KEY);
        int[] rowKeys = new int[rows];
        int[] counts = new int[256];
        int distinct = 0;
        int missing = 0;
        for (int r = 0; r < rows; r++) {
            String v = values[r];
            if (v.isEmpty()) {
                rowKeys[r] = MISSING_KEY;
                missing++;
                continue;
            }
            int k = keys.getInt(v);
            if (k == NO_KEY) {
                if (distinct == SHORT_DICTIONARY_LIMIT && distinct > (r + 1) / 2.0) {
                    return plainText(name, values, rows);
                }
                k = NO_KEY + 1 + distinct++;
                keys.put(v, k);
                if (distinct > counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            rowKeys[r] = k;
            counts[k - NO_KEY - 1]++;
        }
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(distinct + 1);
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(distinct + 1);
        for (var e : keys.object2IntEntrySet()) {
            keyToValue.put(e.getIntValue(), e.getKey());
            keyToCount.put(e.getIntValue(), counts[e.getIntValue() - NO_KEY - 1]);
        }
        if (missing > 0) {
            keys.put("", MISSING_KEY);
            keyToValue.put(MISSING_KEY, "");
            keyToCount.put(MISSING_KEY, missing);
        }
        IntDictionaryMap dictionary = new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(NO_KEY + distinct)
                .setKeyToValue(keyToValue)
                .setValueToKey(keys)
                .setKeyToCount(keyToCount)
                .setValues(rowKeys)
                .build();
        return StringColumn.createInternal(name, dictionary);
    }

    private static StringColumn plainText(String name, String[] values, int rows) {
        NullDictionaryMap text = new NullDictionaryMap(new ByteDictionaryMap());
        try {
            for (int r = 0; r < rows; r++) {
                text.append(values[r]);
            }
        } catch (NoKeysAvailableException e) {
            throw new LocalizedStateException(Message.of("io.textColumns.tablesawSPlainText"), e);
        }
        return StringColumn.createInternal(name, text);
    }
}
