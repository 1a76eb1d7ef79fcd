package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

/**
 * The byte shortcut the parallel CSV reader takes for numeric fields ({@link ColumnBuilder#putAscii}) never decides
 * differently from the text path: where it answers, it stores exactly what {@link ColumnBuilder#put} stores; where it
 * does not (exponent, long digits, leading zeros, non-ASCII, missing-value tokens), the text path decides.
 */
class AsciiNumberPathTest {

    @Test
    void decimalShortcutStoresTheSameBitsOrDefers() {
        for (String text : corpus(new Random(7))) {
            for (char separator : new char[] {'.', ','}) {
                String t = separator == ',' ? text.replace('.', ',') : text;
                byte[] bytes = ("xx" + t + "yy").getBytes(StandardCharsets.UTF_8);
                int length = bytes.length - 4;
                double viaBytes = ValueParsers.parseDecimalAscii(bytes, 2, length, separator);
                double viaText = ValueParsers.parseDecimal(t, separator);
                if (!Double.isNaN(viaBytes)) {
                    assertEquals(Double.doubleToRawLongBits(viaText), Double.doubleToRawLongBits(viaBytes), t);
                }
            }
        }
    }

    @Test
    void integerShortcutStoresTheSameValueOrDefers() {
        for (String text : corpus(new Random(8))) {
            byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);
            long viaBytes = ValueParsers.parseIntegerAscii(bytes, 1, bytes.length - 2);
            if (viaBytes != ValueParsers.NOT_AN_INTEGER) {
                assertEquals(ValueParsers.parseInteger(text), viaBytes, text);
            }
        }
        assertEquals(ValueParsers.NOT_AN_INTEGER, ValueParsers.parseIntegerAscii("007".getBytes(), 0, 3));
        assertEquals(ValueParsers.NOT_AN_INTEGER, ValueParsers.parseIntegerAscii("-0".getBytes(), 0, 2));
        assertEquals(-42, ValueParsers.parseIntegerAscii("-42".getBytes(), 0, 3));
    }

    @Test
    void builtColumnsAreIdenticalThroughEitherPath() {
        List<String> corpus = corpus(new Random(9));
        Set<String> missing = Set.of("", "NA", "-", "null");
        ColumnBuilder viaText = ColumnBuilder.of(new ColumnSpec("d", ColumnType.DECIMAL, null), missing, '.');
        ColumnBuilder viaBytes = ColumnBuilder.of(new ColumnSpec("d", ColumnType.DECIMAL, null), missing, '.');
        int row = 0;
        int shortcuts = 0;
        for (String text : corpus) {
            boolean ok = viaText.put(row, text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            boolean shortcut = viaBytes.putAscii(row, bytes, 0, bytes.length);
            if (shortcut) {
                shortcuts++;
                assertTrue(ok, text);
            } else {
                assertEquals(ok, viaBytes.put(row, text), text);
            }
            if (ok) {
                row++;
            }
        }
        DoubleColumn a = (DoubleColumn) viaText.build(row);
        DoubleColumn b = (DoubleColumn) viaBytes.build(row);
        for (int i = 0; i < row; i++) {
            assertEquals(Double.doubleToRawLongBits(a.getDouble(i)), Double.doubleToRawLongBits(b.getDouble(i)));
        }
        assertTrue(shortcuts > corpus.size() / 3, "the shortcut is taken for plain numbers: " + shortcuts);

        ColumnBuilder intText = ColumnBuilder.of(new ColumnSpec("i", ColumnType.INTEGER, null), missing, '.');
        ColumnBuilder intBytes = ColumnBuilder.of(new ColumnSpec("i", ColumnType.INTEGER, null), missing, '.');
        String[] ints = {"1", "-1", "0", "12", "2147483647", "-2147483648", "NA", "-", "99999999999"};
        for (int i = 0; i < ints.length; i++) {
            assertTrue(intText.put(i, ints[i]));
            byte[] bytes = ints[i].getBytes(StandardCharsets.UTF_8);
            if (!intBytes.putAscii(i, bytes, 0, bytes.length)) {
                assertTrue(intBytes.put(i, ints[i]));
            }
        }
        assertEquals(intText.build(ints.length).asStringColumn().asList(),
                intBytes.build(ints.length).asStringColumn().asList());
        assertTrue(!(intText.build(ints.length) instanceof IntColumn), "a value beyond int makes a long column");
    }

    private static List<String> corpus(Random random) {
        List<String> out = new ArrayList<>(List.of("0", "-0", "0.0", "1.", ".5", "-.5", "007", "00.5", "-", ".",
                "1e5", "1E-3", "+1", "123456789012345", "1234567890123456", "9007199254740993", "NA", "1,5", "１２",
                "12a", " 1", "1 ", "--1", "1.2.3", "0.000000000000001", "3.141593"));
        for (int c = 0; c < 100_000; c++) {
            StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int digits = random.nextInt(19);
            for (int d = 0; d < digits; d++) {
                s.append(random.nextInt(10));
            }
            if (random.nextBoolean()) {
                s.insert(random.nextInt(s.length() + 1), '.');
            }
            if (random.nextInt(50) == 0) {
                s.append('e').append(random.nextInt(20));
            }
            out.add(s.toString());
        }
        return out;
    }
}
