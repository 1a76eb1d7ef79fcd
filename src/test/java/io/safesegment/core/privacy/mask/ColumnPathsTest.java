package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * The fast column paths (once per distinct value, result columns built from codes) must give exactly what the
 * operator gives value by value: on dictionary-encoded and plain-text input, with missing values, repeats, Chinese
 * text and values that generalise alike.
 */
class ColumnPathsTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[32]);

    private static Column<?> run(MaskingOperator op, Column<?> column) {
        return op.apply(column, new MaskingContext(Table.create("t", column), KEYS));
    }

    /** Values with repeats, Chinese names, missing values; {@code distinct} controls dictionary vs plain text. */
    private static String[] values(int rows, int distinct, long seed) {
        Random random = new Random(seed);
        String[] v = new String[rows];
        for (int r = 0; r < rows; r++) {
            int k = random.nextInt(distinct);
            v[r] = random.nextInt(13) == 0 ? "" : (k % 3 == 0 ? "张小红" + k : "user" + k + "@example.com");
        }
        return v;
    }

    private static void assertSameAsValueByValue(StringValueOperator op, Function<String, String> perValue,
                                                 String[] input) {
        Column<?> out = run(op, StringColumn.create("客户", input));
        assertEquals("客户", out.name());
        assertEquals(input.length, out.size());
        for (int r = 0; r < input.length; r++) {
            if (input[r].isEmpty()) {
                assertTrue(out.isMissing(r), "row " + r + " stays missing");
            } else {
                assertEquals(perValue.apply(input[r]), out.getString(r), "row " + r);
            }
        }
    }

    @Test
    void dictionaryInputIsMaskedOncePerDistinctValueWithTheSameResult() {
        String[] input = values(50_000, 300, 1);
        assertFalse(StringColumn.create("c", input).getDictionary() instanceof NullDictionaryMap, "dictionary input");
        CharacterMaskOperator mask = new CharacterMaskOperator(1, 2, "*", true, true);
        assertSameAsValueByValue(mask, mask::mask, input);
        // the project's own builder gives the missing value a key far from the others (looked up in the hash map)
        StringColumn own = io.safesegment.core.data.io.StringColumns.ofValues("c", input);
        assertEquals(run(mask, StringColumn.create("c", input)).asList(), run(mask, own).asList());
        // many values generalise to the same prefix: repeated labels in one result dictionary
        PrefixGeneraliseOperator prefix = new PrefixGeneraliseOperator(3, true);
        assertSameAsValueByValue(prefix, prepared(prefix, input), input);
        StringColumn out = (StringColumn) run(prefix, StringColumn.create("c", input));
        assertEquals(StringColumn.create("c", out.asList().toArray(String[]::new)).countUnique(), out.countUnique());
    }

    @Test
    void plainTextAndDictionaryInputGiveTheKeyedResultValueByValue() {
        PseudonymOperator pseudonym = new PseudonymOperator("pseudonym", "P-", 16);
        String[] plain = values(200_000, 190_000, 2);
        assertTrue(StringColumn.create("c", plain).getDictionary() instanceof NullDictionaryMap, "plain-text input");
        assertSameAsValueByValue(pseudonym, prepared(pseudonym, plain), plain);
        String[] repeated = values(20_000, 500, 3);
        assertSameAsValueByValue(pseudonym, prepared(pseudonym, repeated), repeated);
    }

    private static Function<String, String> prepared(StringValueOperator op, String[] input) {
        StringColumn column = StringColumn.create("c", input);
        StringValueOperator.ValueFunction fn = op.prepare(column, new MaskingContext(Table.create("t", column), KEYS));
        return fn::apply;
    }

    @Test
    void datesAreLabelledOncePerDayWithMissingDatesKept() {
        DateColumn dates = DateColumn.create("出生日期");
        Random random = new Random(3);
        for (int r = 0; r < 20_000; r++) {
            if (random.nextInt(17) == 0) {
                dates.appendMissing();
            } else {
                dates.append(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000)));
            }
        }
        DateGeneraliseOperator op = new DateGeneraliseOperator(DateGeneraliseOperator.Level.QUARTER);
        Column<?> out = run(op, dates);
        for (int r = 0; r < dates.size(); r++) {
            if (dates.isMissing(r)) {
                assertTrue(out.isMissing(r));
            } else {
                assertEquals(op.label(dates.get(r)), out.getString(r));
            }
        }
    }

    @Test
    void numbersAreLabelledOncePerBinWithMissingNumbersKept() {
        double[] incomes = new double[30_000];
        Random random = new Random(4);
        for (int r = 0; r < incomes.length; r++) {
            // far outliers: 1e9, since 1e300 is now refused (more than 10^12 bins, the parameter-range rule)
            incomes[r] = r % 19 == 0 ? Double.NaN : r % 101 == 0 ? 1e9 : random.nextGaussian() * 40_000 + 50_000;
        }
        for (NumberBinOperator op : List.of(NumberBinOperator.fixedWidth(10_000, 0),
                NumberBinOperator.customEdges(0, 20_000, 50_000, 100_000))) {
            Column<?> out = run(op, DoubleColumn.create("年收入", incomes));
            for (int r = 0; r < incomes.length; r++) {
                if (Double.isNaN(incomes[r])) {
                    assertTrue(out.isMissing(r));
                } else {
                    assertEquals(op.label(incomes[r]), out.getString(r), "row " + r);
                }
            }
        }
    }
}
