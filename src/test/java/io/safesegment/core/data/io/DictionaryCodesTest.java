package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

class DictionaryCodesTest {

    /** 10 distinct values fit a byte dictionary, 1,000 a short one, 70,000 an int one. */
    @ParameterizedTest
    @ValueSource(ints = {10, 1_000, 70_000})
    void codesGiveBackEveryRowsValue(int distinct) {
        Random random = new Random(7);
        StringColumn column = StringColumn.create("c");
        for (int r = 0; r < 150_000; r++) {
            column.append(random.nextInt(20) == 0 ? "" : "v" + random.nextInt(distinct));
        }
        column.set(3, "edited after loading"); // a key handed out late
        column.setMissing(4);
        assertReconstructs(column);
    }

    @Test
    void aColumnPromotedToWiderKeysStillMaps() {
        StringColumn column = StringColumn.create("c");
        for (int r = 0; r < 300; r++) {
            column.append("x" + r); // promotes byte -> short keys while appending
        }
        assertReconstructs(column);
    }

    @Test
    void plainTextHasNoCodes() {
        String[] values = new String[200_000];
        for (int r = 0; r < values.length; r++) {
            values[r] = "unique-" + r;
        }
        StringColumn column = StringColumns.ofValues("c", values);
        if (column.getDictionary() instanceof tech.tablesaw.columns.strings.NullDictionaryMap) {
            assertNull(DictionaryCodes.of(column));
        } else {
            assertReconstructs(column);
        }
    }

    private static void assertReconstructs(StringColumn column) {
        DictionaryCodes codes = DictionaryCodes.of(column);
        assertNotNull(codes);
        assertEquals(column.size(), codes.codes().length);
        for (int r = 0; r < column.size(); r++) {
            assertEquals(column.get(r), codes.values()[codes.codes()[r]], "row " + r);
        }
    }
}
