package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Property tests over seeded random inputs (ASCII, CJK, emoji, digits): operators that promise never to return an
 * input never do, consistent operators are consistent, and generalisation is monotone.
 */
class OperatorPropertiesTest {
    private static final int CASES = 3_000;
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed("property-seed".getBytes());
    private static final int[] ALPHABET = "abcXYZ019 -+@.*张王明小😀🎉é".codePoints().toArray();

    static String randomString(Random rnd) {
        int len = 1 + rnd.nextInt(20);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.appendCodePoint(ALPHABET[rnd.nextInt(ALPHABET.length)]);
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "x" : s;
    }

    static List<MaskingOperator> promisingOperators() {
        return List.of(new CharacterMaskOperator(0, 0, "*", false, false), new CharacterMaskOperator(2, 3, "*", true, false),
                new CharacterMaskOperator(1, 0, "#", true, true), new PrefixGeneraliseOperator(2, true),
                new PseudonymOperator("k", "P-", 16), new PseudonymOperator("k", "", 64),
                new FakeSurrogateOperator(FakeSurrogateOperator.Kind.NAME, "k"),
                new FakeSurrogateOperator(FakeSurrogateOperator.Kind.EMAIL, "k"),
                new FakeSurrogateOperator(FakeSurrogateOperator.Kind.PHONE, "k"));
    }

    @Test
    void operatorsThatPromiseNeverReturnTheirInput() {
        Random rnd = new Random(20261123);
        StringColumn input = StringColumn.create("c");
        for (int i = 0; i < CASES; i++) {
            input.append(randomString(rnd));
        }
        Table t = Table.create("t", input);
        for (MaskingOperator op : promisingOperators()) {
            assertTrue(op.neverReturnsInput(), op.id());
            Column<?> out = op.apply(input, new MaskingContext(t, KEYS));
            for (int i = 0; i < input.size(); i++) {
                assertNotEquals(input.get(i), out.getString(i), op.id() + " returned its input at row " + i);
            }
        }
    }

    @Test
    void consistentOperatorsMapEqualInputsToEqualOutputs() {
        Random rnd = new Random(99);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pool.add(randomString(rnd));
        }
        StringColumn a = StringColumn.create("c");
        StringColumn b = StringColumn.create("c");
        for (int i = 0; i < CASES; i++) {
            a.append(pool.get(rnd.nextInt(pool.size())));
        }
        for (int i = a.size() - 1; i >= 0; i--) {
            b.append(a.get(i)); // same values, other order, other "dataset"
        }
        for (MaskingOperator op : List.of(new PseudonymOperator("k", "", 16), new PseudonymOperator("k", "", 64),
                new FakeSurrogateOperator(FakeSurrogateOperator.Kind.NAME, "k"), new CharacterMaskOperator(1, 1, "*", true, false))) {
            Column<?> outA = op.apply(a, new MaskingContext(Table.create("a", a), KEYS));
            Column<?> outB = op.apply(b, new MaskingContext(Table.create("b", b), KEYS));
            for (int i = 0; i < a.size(); i++) {
                assertEquals(outA.getString(i), outB.getString(a.size() - 1 - i), op.id());
            }
        }
    }

    @Test
    void pseudonymsDoNotCollideOnDistinctInputs() {
        StringColumn ids = StringColumn.create("id");
        for (int i = 0; i < 50_000; i++) {
            ids.append("C" + i);
        }
        Column<?> out = new PseudonymOperator("k", "", 16).apply(ids, new MaskingContext(Table.create("t", ids), KEYS));
        assertEquals(50_000, out.countUnique());
    }

    @Test
    void numberGeneralisationIsMonotone() {
        Random rnd = new Random(5);
        NumberBinOperator fixed = NumberBinOperator.fixedWidth(7.5, -3);
        NumberBinOperator custom = NumberBinOperator.customEdges(-100, 0, 18, 25, 35, 50, 65, 1000);
        for (int i = 0; i < CASES; i++) {
            double a = rnd.nextGaussian() * 200;
            double b = a + Math.abs(rnd.nextGaussian() * 50);
            assertTrue(fixed.binIndex(a) <= fixed.binIndex(b));
            assertTrue(custom.binIndex(a) <= custom.binIndex(b));
        }
    }

    @Test
    void dateGeneralisationIsMonotone() {
        Random rnd = new Random(6);
        for (DateGeneraliseOperator.Level level : DateGeneraliseOperator.Level.values()) {
            DateGeneraliseOperator op = new DateGeneraliseOperator(level);
            for (int i = 0; i < 1000; i++) {
                java.time.LocalDate a = java.time.LocalDate.ofEpochDay(rnd.nextInt(40_000) - 10_000);
                java.time.LocalDate b = a.plusDays(rnd.nextInt(400));
                assertTrue(op.label(a).compareTo(op.label(b)) <= 0, level + " " + a + " " + b);
            }
        }
    }

    @Test
    void topBottomCodingIsMonotoneAndBounded() {
        Random rnd = new Random(8);
        double[] xs = new double[CASES];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = rnd.nextGaussian() * 1e5;
        }
        java.util.Arrays.sort(xs);
        DoubleColumn out = (DoubleColumn) new TopBottomCodingOperator(-5e4, 5e4)
                .apply(DoubleColumn.create("x", xs), new MaskingContext(Table.create("t"), KEYS));
        for (int i = 1; i < xs.length; i++) {
            assertTrue(out.get(i - 1) <= out.get(i));
            assertTrue(out.get(i) >= -5e4 && out.get(i) <= 5e4);
        }
    }
}
