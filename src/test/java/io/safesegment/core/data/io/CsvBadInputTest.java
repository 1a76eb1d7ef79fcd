package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Each kind of broken input gives a specific error naming the place, and skip-bad-rows mode skips and counts. */
class CsvBadInputTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path p = dir.resolve("in.csv");
        Files.write(p, bytes);
        return p;
    }

    private static DataImportException failStrict(Path p) {
        return assertThrows(DataImportException.class,
                () -> CsvImport.load(p, CsvImportOptions.defaults(), Progress.NONE));
    }

    private static ImportResult skipping(Path p) {
        return CsvImport.load(p, CsvImportOptions.defaults().withSkipBadRows(true), Progress.NONE);
    }

    @Test
    void raggedRowNamesLineAndIsSkippable() throws IOException {
        Path p = write("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n");
        DataImportException e = failStrict(p);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("in.csv line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("2 fields, expected 3"), e.getMessage());
        ImportResult r = skipping(p);
        assertEquals(2, r.table().rowCount());
        assertEquals(2, r.skippedRows());
        assertEquals(5, r.issues().get(1).line());
    }

    @Test
    void unterminatedQuoteNamesWhereItStarts() throws IOException {
        Path p = write("a,b\n1,ok\n2,\"never closed\n3,x\n");
        DataImportException e = failStrict(p);
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("closing quote"), e.getMessage());
        ImportResult r = skipping(p);
        assertEquals(1, r.table().rowCount());
        assertEquals(1, r.skippedRows());
    }

    @Test
    void embeddedNewlinesInQuotesAreValidAndLineNumbersStayRight() throws IOException {
        Path p = write("a,b\n1,\"line one\nline two\"\n2,\"say \"\"hi\"\"\"\n3,x,extra\n");
        DataImportException e = failStrict(p);
        assertEquals(5, e.line());
        ImportResult r = skipping(p);
        assertEquals("line one\nline two", r.table().stringColumn("b").get(0));
        assertEquals("say \"hi\"", r.table().stringColumn("b").get(1));
    }

    @Test
    void lineNumbersStayRightAcrossBufferBoundariesWithCrlfInQuotes() throws IOException {
        StringBuilder sb = new StringBuilder("id,note\r\n");
        int records = 6000;
        for (int i = 0; i < records; i++) {
            sb.append(i).append(",\"first line ").append(i).append("\r\nsecond line\"\r\n");
        }
        sb.append("ragged\r\n");
        DataImportException e = failStrict(write(sb.toString()));
        assertEquals(2 + 2L * records, e.line());
    }

    @Test
    void crlfAndMissingFinalNewline() throws IOException {
        Table t = CsvImport.load(write("a,b\r\n1,x\r\n2,y"), CsvImportOptions.defaults(), Progress.NONE).table();
        assertEquals(2, t.rowCount());
        assertEquals("y", t.stringColumn("b").get(1));
    }

    @Test
    void nulByteNamesColumn() throws IOException {
        Path p = write("a,b\n1,x\n2,y\u0000z\n3,w\n");
        DataImportException e = failStrict(p);
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("NUL"));
        assertEquals(2, skipping(p).table().rowCount());
    }

    @Test
    void tenMegabyteFieldIsKept() throws IOException {
        String big = "x".repeat(10 * 1024 * 1024);
        Table t = CsvImport.load(write("a,b\n1,\"" + big + "\"\n2," + big + "\n"), CsvImportOptions.defaults(),
                Progress.NONE).table();
        assertEquals(big.length(), t.stringColumn("b").get(0).length());
        assertEquals(big.length(), t.stringColumn("b").get(1).length());
    }

    @Test
    void fieldOverTheLimitIsReported() throws IOException {
        Path p = write("a,b\n1,\"" + "y".repeat(5000) + "\"\n");
        DataImportException e = assertThrows(DataImportException.class, () -> CsvImport.load(p,
                CsvImportOptions.defaults().withMaxFieldChars(1000), Progress.NONE));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("longer than 1000"));
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(failStrict(write("")).getMessage().contains("empty"));
        assertTrue(failStrict(write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).getMessage()
                .contains("empty"));
        assertTrue(failStrict(write("\n\n\n")).getMessage().contains("no records"));
    }

    @Test
    void headerOnlyGivesEmptyTableWithWarning() throws IOException {
        ImportResult r = CsvImport.load(write("id,name,email\n"), CsvImportOptions.defaults(), Progress.NONE);
        assertEquals(0, r.table().rowCount());
        assertEquals(3, r.table().columnCount());
        assertTrue(r.warnings().contains("the file has no data rows"));
    }

    @Test
    void duplicateAndBlankHeadersAreRenamedAndReported() throws IOException {
        ImportResult r = CsvImport.load(write("name,name, ,x,name\n1,2,3,4,5\n"), CsvImportOptions.defaults(),
                Progress.NONE);
        assertEquals(java.util.List.of("name", "name_2", "col_3", "x", "name_3"), r.table().columnNames());
        assertEquals(3, r.warnings().size());
        assertTrue(r.warnings().get(1).contains("col_3"));
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        DataImportException e = failStrict(write(garbage));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void wrongEncodingDeclaredIsReportedWithLine() throws IOException {
        StringBuilder sb = new StringBuilder("name,city\n");
        for (int i = 0; i < 10; i++) {
            sb.append("n").append(i).append(",Paris\n");
        }
        sb.append("Zoë,Orléans\n");
        Path p = write(sb.toString().getBytes(EncodingDetector.WINDOWS_1252));
        DataImportException e = assertThrows(DataImportException.class, () -> CsvImport.load(p,
                CsvImportOptions.defaults().withEncoding(StandardCharsets.UTF_8), Progress.NONE));
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
        assertEquals("Orléans", CsvImport.load(p, CsvImportOptions.defaults(), Progress.NONE).table()
                .stringColumn("city").get(10));
    }

    @Test
    void missingAndUnreadableFiles() throws IOException {
        assertTrue(failStrict(dir.resolve("nope.csv")).getMessage().contains("not found"));
        assertTrue(failStrict(dir).getMessage().contains("directory"));
        Path p = write("a\n1\n");
        assertTrue(failStrict(p.resolve("child.csv")).getMessage().contains("not found"));
    }

    @Test
    void readFailureMidwayIsReportedWithLine() {
        java.io.Reader failing = new java.io.Reader() {
            private boolean served;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (served) {
                    throw new IOException("Input/output error");
                }
                served = true;
                "a,b\n1,2\n".getChars(0, 8, buf, off);
                return 8;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        CsvRecordReader reader = new CsvRecordReader(failing, "disk.csv", ',', '"', 1000);
        assertTrue(reader.next());
        assertTrue(reader.next());
        DataImportException e = assertThrows(DataImportException.class, reader::next);
        assertEquals("disk.csv line 3: cannot read the file: Input/output error", e.getMessage());
    }
}
