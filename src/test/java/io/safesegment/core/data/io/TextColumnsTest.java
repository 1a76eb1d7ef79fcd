package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * {@link TextColumns#create} must give the column {@code StringColumn.create} gives: the same values, missing rows,
 * distinct count, category counts and sort order, the same choice between a dictionary and plain text, and a column
 * that still accepts appends and edits.
 */
class TextColumnsTest {
    @ParameterizedTest
    @CsvSource({"1, 0, 3", "2, 1000, 5", "3, 5000, 300", "4, 20000, 20000", "5, 200000, 60000", "6, 200000, 190000",
        "7, 300000, 120000"})
    void matchesTablesawsOwnBuilder(long seed, int rows, int cardinality) {
        Random random = new Random(seed);
        String[] values = new String[rows + 7];
        for (int r = 0; r < rows; r++) {
            values[r] = random.nextInt(20) == 0 ? "" : "v" + random.nextInt(cardinality) + (r % 3 == 0 ? "é" : "");
        }
        StringColumn expected = StringColumn.create("c", java.util.Arrays.copyOf(values, rows));
        StringColumn actual = TextColumns.create("c", values, rows);

        assertEquals(expected.size(), actual.size());
        assertEquals(expected.asList(), actual.asList());
        assertEquals(expected.countMissing(), actual.countMissing());
        assertEquals(expected.countUnique(), actual.countUnique());
        assertEquals(expected.getDictionary() instanceof NullDictionaryMap,
                actual.getDictionary() instanceof NullDictionaryMap, "dictionary or plain text");
        for (int r = 0; r < rows; r += 97) {
            assertEquals(expected.isMissing(r), actual.isMissing(r));
        }
        if (rows > 0 && rows <= 20000) {
            assertEquals(expected.countByCategory().sortOn("Category").printAll(),
                    actual.countByCategory().sortOn("Category").printAll());
        }
        StringColumn sortedExpected = expected.copy();
        StringColumn sortedActual = actual.copy();
        sortedExpected.sortAscending();
        sortedActual.sortAscending();
        assertEquals(sortedExpected.asList(), sortedActual.asList());

        actual.append("new value").append("").set(0, "changed");
        expected.append("new value").append("").set(0, "changed");
        assertEquals(expected.asList(), actual.asList());
        assertEquals(expected.countUnique(), actual.countUnique());
        assertTrue(actual.isMissing(actual.size() - 1));
    }
}
