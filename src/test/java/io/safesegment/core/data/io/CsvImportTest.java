package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Assertions;
import tech.tablesaw.api.Table;

class CsvImportTest {
    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(charset));
        return p;
    }

    private ImportResult load(Path p) {
        return CsvImport.load(p, CsvImportOptions.defaults(), Progress.NONE);
    }

    private static ColumnType type(ImportResult r, String column) {
        return r.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow().type();
    }

    @Test
    void infersTypesAndKeepsIdentifiersAsText() throws IOException {
        Path p = write("c.csv", """
                customer_id,phone,postcode,income,opt_in,birth,signup,tier
                1,+8613800000001,010010,1200.5,true,1990/1/2,2020-01-02T10:00:00,gold
                2,+15550000002,100080,,false,1985/12/31,2021-05-06T11:30:00,silver
                3,+8613800000003,200000,980,yes,2001/6/15,2022-07-08T00:00:00Z,gold
                4,+8613800000004,300000,1000,no,1970/1/1,2023-01-01T00:00:00+08:00,gold
                """, StandardCharsets.UTF_8);
        ImportResult r = load(p);
        Table t = r.table();
        assertEquals(4, t.rowCount());
        assertEquals(ColumnType.INTEGER, type(r, "customer_id"));
        assertEquals(ColumnType.TEXT, type(r, "phone"));
        assertEquals(ColumnType.TEXT, type(r, "postcode"));
        assertEquals(ColumnType.DECIMAL, type(r, "income"));
        assertEquals(ColumnType.BOOLEAN, type(r, "opt_in"));
        assertEquals(ColumnType.DATE, type(r, "birth"));
        assertEquals(ColumnType.DATE_TIME, type(r, "signup"));
        assertEquals("+8613800000001", t.stringColumn("phone").get(0));
        assertEquals("010010", t.stringColumn("postcode").get(0));
        assertTrue(t.doubleColumn("income").isMissing(1));
        assertEquals(LocalDate.of(1985, 12, 31), t.dateColumn("birth").get(1));
        assertEquals(LocalDateTime.of(2022, 12, 31, 16, 0), t.dateTimeColumn("signup").get(3));
        assertFalse(t.booleanColumn("opt_in").get(3));
    }

    static Stream<Arguments> dateFormats() {
        return Stream.of(Arguments.of("2024-02-29", "yyyy-MM-dd"), Arguments.of("2024/2/29", "yyyy/M/d"),
                Arguments.of("29.02.2024", "dd.MM.yyyy"), Arguments.of("2/29/2024", "M/d/yyyy"));
    }

    @ParameterizedTest
    @MethodSource("dateFormats")
    void recognisesDateFormats(String value, String pattern) throws IOException {
        Path p = write("d.csv", "when,x\n" + value + ",1\n" + value + ",2\n", StandardCharsets.UTF_8);
        ImportResult r = load(p);
        assertEquals(new ColumnSpec("when", ColumnType.DATE, pattern), r.columns().getFirst());
        assertEquals(LocalDate.of(2024, 2, 29), r.table().dateColumn("when").get(0));
    }

    @Test
    void epochMillisInTimeColumn() throws IOException {
        Path p = write("e.csv", "event_time,n\n1700000000000,1\n1600000000000,2\n", StandardCharsets.UTF_8);
        ImportResult r = load(p);
        assertEquals(ColumnType.DATE_TIME, type(r, "event_time"));
        assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), r.table().dateTimeColumn("event_time").get(0));
    }

    @Test
    void widensColumnWhenLaterValueDoesNotFit() throws IOException {
        StringBuilder sb = new StringBuilder("code,amount\n");
        for (int i = 1; i <= CsvImport.INFERENCE_ROWS + 100; i++) {
            sb.append(i).append(',').append(i).append('\n');
        }
        sb.append("0042,1.5\n");
        ImportResult r = load(write("w.csv", sb.toString(), StandardCharsets.UTF_8));
        assertEquals(ColumnType.TEXT, type(r, "code"));
        assertEquals(ColumnType.DECIMAL, type(r, "amount"));
        Table t = r.table();
        assertEquals("0042", t.stringColumn("code").get(t.rowCount() - 1));
        assertEquals(1.5, t.doubleColumn("amount").get(t.rowCount() - 1));
        assertEquals(2, r.warnings().size());
    }

    @Test
    void declaredTypesOverrideInference() throws IOException {
        Path p = write("o.csv", "zip,n\n12345,1\n23456,2\n", StandardCharsets.UTF_8);
        ImportResult r = CsvImport.load(p, CsvImportOptions.defaults()
                .withColumnTypes(Map.of("zip", ColumnType.TEXT, "n", ColumnType.DECIMAL)), Progress.NONE);
        assertEquals("12345", r.table().stringColumn("zip").get(0));
        assertEquals(2.0, r.table().doubleColumn("n").get(1));
    }

    @Test
    void declaredTypeMismatchNamesLineAndColumn() throws IOException {
        Path p = write("m.csv", "a,n\nx,1\ny,oops\n", StandardCharsets.UTF_8);
        var e = Assertions.assertThrows(io.safesegment.core.data.DataImportException.class, () -> CsvImport.load(p,
                CsvImportOptions.defaults().withColumnTypes(Map.of("n", ColumnType.INTEGER)), Progress.NONE));
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertFalse(e.getMessage().contains("oops"), "cell values must not appear in messages");
    }

    @Test
    void detectsSemicolonAndDecimalComma() throws IOException {
        Path p = write("s.csv", "name;amount\nA;1,5\nB;2,25\n", StandardCharsets.UTF_8);
        CsvPreview preview = CsvImport.preview(p, CsvImportOptions.defaults());
        assertEquals(';', preview.format().delimiter());
        assertEquals(',', preview.format().decimalSeparator());
        assertEquals(2.25, load(p).table().doubleColumn("amount").get(1));
    }

    @Test
    void detectsTabAndPipe() throws IOException {
        assertEquals('\t', CsvImport.preview(write("t.tsv", "a\tb\n1\t2\n3\t4\n", StandardCharsets.UTF_8),
                CsvImportOptions.defaults()).format().delimiter());
        assertEquals('|', CsvImport.preview(write("p.txt", "a|b|c\n1|2,5|3\n3|4|5\n", StandardCharsets.UTF_8),
                CsvImportOptions.defaults()).format().delimiter());
    }

    @Test
    void detectsMissingHeader() throws IOException {
        Path p = write("nh.csv", "1,alice\n2,bob\n", StandardCharsets.UTF_8);
        ImportResult r = load(p);
        assertFalse(r.csvFormat().header());
        assertEquals(2, r.table().rowCount());
        assertEquals("col_2", r.table().columnNames().get(1));
    }

    @Test
    void previewShowsAtMost200Rows() throws IOException {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 500; i++) {
            sb.append(i).append(",x").append(i).append('\n');
        }
        CsvPreview preview = CsvImport.preview(write("big.csv", sb.toString(), StandardCharsets.UTF_8),
                CsvImportOptions.defaults());
        assertEquals(CsvImport.PREVIEW_ROWS, preview.rows().size());
        assertEquals("x0", preview.rows().getFirst().get(1));
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], "UTF-8"),
                Arguments.of("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
                Arguments.of("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"),
                Arguments.of("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
                Arguments.of("GB18030", new byte[0], "GB18030"),
                Arguments.of("GBK", new byte[0], "GB18030"),
                Arguments.of("windows-1252", new byte[0], "windows-1252"));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void detectsEncodings(String charsetName, byte[] bom, String expected) throws IOException {
        boolean chinese = charsetName.startsWith("GB") || charsetName.startsWith("UTF");
        String text = chinese ? "姓名,城市\n张伟,北京市\n王芳,上海市\n李娜,广州市\n"
                : "name,city\nJosé Müller,Zürich\nFrançoise,Orléans\n";
        byte[] body = text.getBytes(Charset.forName(charsetName));
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path p = dir.resolve("enc.csv");
        Files.write(p, all);
        ImportResult r = load(p);
        assertEquals(expected, r.csvFormat().encoding());
        String firstColumn = r.table().columnNames().getFirst();
        assertEquals(chinese ? "姓名" : "name", firstColumn);
        assertEquals(chinese ? "北京市" : "Zürich", r.table().stringColumn(1).get(0));
    }

    @Test
    void progressReachesOneAndCancellationStops() throws IOException {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 70_000; i++) {
            sb.append(i).append(",v").append(i % 7).append('\n');
        }
        Path p = write("prog.csv", sb.toString(), StandardCharsets.UTF_8);
        double[] last = {0};
        ImportResult r = CsvImport.load(p, CsvImportOptions.defaults(),
                new CancellationToken((f, m) -> last[0] = f));
        assertEquals(70_000, r.table().rowCount());
        assertEquals(1.0, last[0]);
        CancellationToken token = new CancellationToken();
        token.cancel();
        Assertions.assertThrows(TaskCancelledException.class,
                () -> CsvImport.load(p, CsvImportOptions.defaults(), token));
    }
}
