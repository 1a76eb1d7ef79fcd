package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class OperatorsTest {
    static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[32]);

    static Column<?> run(MaskingOperator op, Column<?> column) {
        return op.apply(column, new MaskingContext(Table.create("t", column), KEYS));
    }

    static StringColumn strings(String... values) {
        StringColumn c = StringColumn.create("c");
        for (String v : values) {
            if (v == null) {
                c.appendMissing();
            } else {
                c.append(v);
            }
        }
        return c;
    }

    @Test
    void characterMaskExamplesFromTheIssue() {
        CharacterMaskOperator name = new CharacterMaskOperator(1, 0, "*", true, false);
        assertEquals("张**", name.mask("张小红"));
        CharacterMaskOperator email = new CharacterMaskOperator(1, 0, "*", true, true);
        assertEquals("j***@example.com", email.mask("jane@example.com"));
        CharacterMaskOperator phone = new CharacterMaskOperator(3, 4, "*", true, false);
        assertEquals("138****5678", phone.mask("13812345678"));
        assertEquals("+86 1** **** 5678", phone.mask("+86 138 1234 5678"));
    }

    @Test
    void characterMaskCountsEmojiAndCjkAsOneCharacter() {
        CharacterMaskOperator op = new CharacterMaskOperator(1, 1, "#", false, false);
        assertEquals("😀#🎉", op.mask("😀x🎉"));
        assertEquals("王#明", op.mask("王小明"));
        assertEquals(3, op.mask("😀x🎉").codePointCount(0, op.mask("😀x🎉").length()));
    }

    @Test
    void characterMaskMasksShortValuesWhole() {
        // Before issue #13 "ab" became "a*": a value barely longer than nothing leaked all but one character.
        CharacterMaskOperator op = new CharacterMaskOperator(3, 4, "*", true, false);
        assertEquals("**", op.mask("ab"));
        assertEquals("*", op.mask("a"));
        assertEquals("*******", op.mask("1234567"), "as many letters/digits as are kept: masked whole");
        assertEquals("123*5678", op.mask("12345678"), "one longer: the kept ends survive");
    }

    @Test
    void characterMaskRefusesKeepCountsThatHideNothing() {
        for (int[] keep : new int[][] {{Integer.MAX_VALUE, 0}, {100, 0}, {0, Integer.MAX_VALUE}, {20, 13},
                {Integer.MAX_VALUE, Integer.MAX_VALUE}, {-1, 0}, {0, -5}}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> new CharacterMaskOperator(keep[0], keep[1], "*", true, false));
            assertTrue(e.parameter().startsWith("keep"), e.getMessage());
            assertTrue(e.getMessage().startsWith("char-mask: 'keep"), e.getMessage());
        }
        assertThrows(InvalidParameterException.class, () -> new CharacterMaskOperator(1, 1, "x", true, false),
                "a letter as mask character would look like data");
        CharacterMaskOperator widest = new CharacterMaskOperator(16, 16, "*", true, false);
        String masked = widest.mask("+86 150 8771 9150");
        assertEquals("+** *** **** ****", masked, "13 digits <= 32 kept: masked whole, separators stay");
    }

    @Test
    void missingValuesStayMissing() {
        Column<?> out = run(new CharacterMaskOperator(1, 0, "*", true, false), strings("Anna", null, "Bo"));
        assertTrue(out.isMissing(1));
        assertEquals("A***", out.getString(0));
    }

    @Test
    void redactRemovesTheColumn() {
        assertNull(run(new RedactOperator(), strings("x")));
    }

    @Test
    void replaceWithEntityToken() {
        Column<?> out = run(new ReplaceOperator("<EMAIL>"), strings("a@example.com", null));
        assertEquals("<EMAIL>", out.getString(0));
        assertTrue(out.isMissing(1));
    }

    @Test
    void truncateIsCodePointSafe() {
        Column<?> out = run(new TruncateOperator(2), strings("😀😀😀", "SW1A 1AA", "a"));
        assertEquals("😀😀", out.getString(0));
        assertEquals("SW", out.getString(1));
        assertEquals("a", out.getString(2));
    }

    @Test
    void postcodePrefix() {
        Column<?> out = run(new PrefixGeneraliseOperator(3, true), strings("100080", "SW1A 1AA"));
        assertEquals("100***", out.getString(0));
        assertEquals("SW1****", out.getString(1));
    }

    @Test
    void fixedWidthAndCustomBins() {
        NumberBinOperator fixed = NumberBinOperator.fixedWidth(10, 0);
        assertEquals("[30, 40)", fixed.label(37));
        assertEquals("[40, 50)", fixed.label(40));
        assertEquals("[-10, 0)", fixed.label(-0.5));
        NumberBinOperator custom = NumberBinOperator.customEdges(18, 25, 35, 50);
        assertEquals("< 18", custom.label(17));
        assertEquals("[18, 25)", custom.label(18));
        assertEquals("[35, 50)", custom.label(37));
        assertEquals(">= 50", custom.label(80));
        Column<?> out = run(fixed, IntColumn.create("age", new int[] {37, 41}));
        assertEquals("[30, 40)", out.getString(0));
    }

    @Test
    void binsRejectBadParameters() {
        assertThrows(MaskingException.class, () -> NumberBinOperator.fixedWidth(0, 0));
        assertThrows(MaskingException.class, () -> NumberBinOperator.customEdges(5, 5));
    }

    @Test
    void textThatIsNotANumberNamesTheRow() {
        MaskingException e = assertThrows(MaskingException.class,
                () -> run(NumberBinOperator.fixedWidth(10, 0), strings("12", "twelve")));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
        assertTrue(!e.getMessage().contains("twelve"), "no data value in messages");
    }

    @Test
    void datesToMonthQuarterYear() {
        DateColumn d = DateColumn.create("d", LocalDate.of(2024, 5, 17));
        assertEquals("2024-05", run(new DateGeneraliseOperator(DateGeneraliseOperator.Level.MONTH), d).getString(0));
        assertEquals("2024-Q2", run(new DateGeneraliseOperator(DateGeneraliseOperator.Level.QUARTER), d).getString(0));
        assertEquals("2024", run(new DateGeneraliseOperator(DateGeneraliseOperator.Level.YEAR), d).getString(0));
        assertEquals("1990", run(new DateGeneraliseOperator(DateGeneraliseOperator.Level.YEAR), strings("1990-02-03")).getString(0));
    }

    @Test
    void hierarchyFromArxStyleFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("city.csv"), "Shanghai;East China;China;*\nHangzhou;East China;China;*\n"
                + "Beijing;North China;China;*\n");
        HierarchyOperator level1 = new HierarchyOperator(HierarchyOperator.readHierarchy(file), 1);
        HierarchyOperator level2 = new HierarchyOperator(HierarchyOperator.readHierarchy(file), 2);
        Column<?> out = run(level1, strings("Shanghai", "Beijing"));
        assertEquals("East China", out.getString(0));
        assertEquals("North China", out.getString(1));
        assertEquals("China", run(level2, strings("Hangzhou")).getString(0));
        assertThrows(MaskingException.class, () -> run(level1, strings("Paris")));
        assertThrows(MaskingException.class, () -> new HierarchyOperator(HierarchyOperator.readHierarchy(file), 4));
    }

    @Test
    void topAndBottomCoding() {
        Column<?> out = run(new TopBottomCodingOperator(10_000, 200_000),
                DoubleColumn.create("income", new double[] {5_000, 50_000, 2_000_000}));
        assertEquals(10_000.0, ((DoubleColumn) out).get(0));
        assertEquals(50_000.0, ((DoubleColumn) out).get(1));
        assertEquals(200_000.0, ((DoubleColumn) out).get(2));
    }

    @Test
    void pseudonymIsKeyedPrefixedAndConsistentAcrossDatasets() {
        PseudonymOperator op = new PseudonymOperator("pseudonym", "CUST-", 12);
        Column<?> a = run(op, strings("C001", "C002", "C001"));
        Column<?> b = run(op, strings("C002"));
        assertTrue(a.getString(0).matches("CUST-[0-9a-f]{12}"), a.getString(0));
        assertEquals(a.getString(0), a.getString(2));
        assertEquals(a.getString(1), b.getString(0), "same key, same pseudonym in another dataset");
        assertNotEquals(a.getString(0), a.getString(1));
        KeyMaterial otherKey = KeyMaterial.fromSeed(new byte[] {1});
        Column<?> c = op.apply(strings("C001"), new MaskingContext(Table.create("t"), otherKey));
        assertNotEquals(a.getString(0), c.getString(0), "another key gives other pseudonyms");
    }

    @Test
    void fakeSurrogatesLookRealAndKeepScript() {
        Column<?> names = run(new FakeSurrogateOperator(FakeSurrogateOperator.Kind.NAME, "k"), strings("王小明", "John Smith"));
        assertTrue(names.getString(0).codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        assertTrue(names.getString(1).matches("[A-Z][a-z]+ [A-Z][a-z]+"), names.getString(1));
        Column<?> emails = run(new FakeSurrogateOperator(FakeSurrogateOperator.Kind.EMAIL, "k"), strings("a@b.com"));
        assertTrue(emails.getString(0).matches("[a-z]+\\.[a-z]+\\d+@example\\.(com|org|net)"), emails.getString(0));
        Column<?> phones = run(new FakeSurrogateOperator(FakeSurrogateOperator.Kind.PHONE, "k"),
                strings("+86 138 0013 8000", "+1 212 555 0188", "+44 7911 123456"));
        assertTrue(phones.getString(0).matches("\\+86 1[3-9]\\d \\d{4} \\d{4}"), phones.getString(0));
        assertTrue(phones.getString(1).matches("\\+1 \\d{3} 555 01\\d{2}"), phones.getString(1));
        assertTrue(phones.getString(2).matches("\\+44 7700 900\\d{3}"), phones.getString(2));
    }

    @Test
    void dateShiftMovesAllDatesOfOneSubjectTogether() {
        StringColumn subject = StringColumn.create("customer_id", "A", "A", "B");
        DateColumn d = DateColumn.create("order_date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 11),
                LocalDate.of(2024, 1, 1));
        Table t = Table.create("t", subject, d);
        DateColumn out = (DateColumn) new DateShiftOperator("customer_id", 30, "k").apply(d, new MaskingContext(t, KEYS));
        long gapBefore = d.get(1).toEpochDay() - d.get(0).toEpochDay();
        assertEquals(gapBefore, out.get(1).toEpochDay() - out.get(0).toEpochDay());
        for (int i = 0; i < 3; i++) {
            long shift = Math.abs(out.get(i).toEpochDay() - d.get(i).toEpochDay());
            assertTrue(shift >= 1 && shift <= 30, "shift " + shift);
        }
        assertThrows(MaskingException.class, () -> new DateShiftOperator("nope", 30, "k").apply(d, new MaskingContext(t, KEYS)));
    }

    @Test
    void laplaceNoiseHasTheStatedScaleAndIsKeyedNotSeeded() {
        double[] zeros = new double[20_000];
        NoiseOperator op = NoiseOperator.laplace(0.5, 0, 1000, "k");
        assertEquals(2000, op.scale(), 1e-9, "b = (upper - lower) / epsilon");
        DoubleColumn a = (DoubleColumn) run(op, DoubleColumn.create("x", zeros));
        DoubleColumn b = (DoubleColumn) run(op, DoubleColumn.create("x", zeros));
        assertEquals(a.asList(), b.asList(), "same key, dataset, column and values: same noise");
        // Laplace(0, b): E|X| = b
        double meanAbs = a.asList().stream().mapToDouble(Math::abs).average().orElseThrow();
        assertEquals(2000, meanAbs, 100);
        DoubleColumn g = (DoubleColumn) run(NoiseOperator.gaussian(0.5, 1e-5, 0, 1, "k"), DoubleColumn.create("x", zeros));
        assertEquals(Math.sqrt(2 * Math.log(1.25 / 1e-5)) / 0.5, g.standardDeviation(), 0.2);
    }

    @Test
    void microaggregationGroupsOfK() {
        DoubleColumn x = DoubleColumn.create("x", new double[] {1, 100, 2, 101, 3, 102, 50});
        DoubleColumn out = (DoubleColumn) run(new MicroaggregationOperator(3), x);
        // sorted: 1 2 3 | 50 100 101 102 (last group absorbs the remainder)
        assertEquals(2.0, out.get(0));
        assertEquals(2.0, out.get(2));
        assertEquals(2.0, out.get(4));
        assertEquals(88.25, out.get(1));
        assertEquals(88.25, out.get(6));
        assertEquals(x.mean(), out.mean(), 1e-9, "the column mean is preserved");
        List<Double> distinct = out.unique().asList();
        for (double v : distinct) {
            assertTrue(out.isEqualTo(v).size() >= 3, "every value shared by at least k records");
        }
    }
}
