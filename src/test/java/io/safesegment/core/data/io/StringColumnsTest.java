package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * {@link StringColumns#ofCodes} must give the column {@code StringColumn.create} gives for the expanded values:
 * same values, missing rows, distinct count, category counts, sort order and dictionary-or-plain-text choice, even
 * when labels repeat, are unused, empty or null, and the column must still accept appends and edits.
 */
class StringColumnsTest {
    @ParameterizedTest
    @CsvSource({"1, 0, 3", "2, 1000, 5", "3, 5000, 300", "4, 20000, 20000", "5, 200000, 190000", "6, 300000, 70000"})
    void codesGiveTheColumnOfTheirLabels(long seed, int rows, int labelCount) {
        Random random = new Random(seed);
        String[] labels = new String[labelCount];
        for (int i = 0; i < labelCount; i++) {
            int kind = random.nextInt(50);
            // repeated labels (two inputs generalising alike), Chinese text, empty and null labels (= missing)
            labels[i] = kind == 0 ? null : kind == 1 ? "" : kind < 10 ? "重复" + (i % 7) : "标签-" + i;
        }
        int[] codes = new int[rows];
        String[] expanded = new String[rows];
        for (int r = 0; r < rows; r++) {
            // some rows missing through a negative code; odd rows use every label, even rows only the first half
            codes[r] = random.nextInt(30) == 0 ? -1 : random.nextInt(Math.max(1, (labelCount + 1) / 2 + r % 2 * labelCount / 2));
            String label = codes[r] < 0 ? null : labels[codes[r]];
            expanded[r] = label == null ? "" : label;
        }
        StringColumn expected = StringColumn.create("c", expanded);
        StringColumn actual = StringColumns.ofCodes("c", codes, labels);

        assertEquals(expected.asList(), actual.asList());
        assertEquals(expected.countMissing(), actual.countMissing());
        assertEquals(expected.countUnique(), actual.countUnique());
        assertEquals(expected.getDictionary() instanceof NullDictionaryMap,
                actual.getDictionary() instanceof NullDictionaryMap, "dictionary or plain text");
        if (rows > 0 && rows <= 20000) {
            assertEquals(expected.countByCategory().sortOn("Category").printAll(),
                    actual.countByCategory().sortOn("Category").printAll());
        }
        StringColumn sortedExpected = expected.copy();
        StringColumn sortedActual = actual.copy();
        sortedExpected.sortAscending();
        sortedActual.sortAscending();
        assertEquals(sortedExpected.asList(), sortedActual.asList());

        actual.append("new value").append("");
        expected.append("new value").append("");
        if (rows > 0) {
            actual.set(0, "changed");
            expected.set(0, "changed");
        }
        assertEquals(expected.asList(), actual.asList());
        assertEquals(expected.countUnique(), actual.countUnique());
        assertTrue(actual.isMissing(actual.size() - 1));
    }

    @ParameterizedTest
    @CsvSource({"0", "10", "70000"})
    void valuesGiveTheColumnTablesawBuilds(int rows) {
        String[] values = new String[rows];
        Arrays.setAll(values, r -> r % 11 == 0 ? "" : "客户 " + r);
        assertEquals(StringColumn.create("v", values).asList(), StringColumns.ofValues("v", values).asList());
    }
}
