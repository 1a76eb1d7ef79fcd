package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataExportException;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableExportTest {
    @TempDir
    Path dir;

    private static Table sample() {
        return Table.create("t",
                IntColumn.create("id", 1, 2, 3),
                StringColumn.create("note", "=SUM(A1:A9)", "-1+2", "plain, \"quoted\"\nnext"),
                DoubleColumn.create("delta", -5.5, 1e20, Double.NaN),
                StringColumn.create("phone", "+8613800000001", "@cmd", ""),
                DateColumn.create("day", LocalDate.of(2024, 2, 29), null, LocalDate.of(1970, 1, 1)));
    }

    @Test
    void csvNeutralisesFormulasButNotNumbers() throws IOException {
        Path out = dir.resolve("o.csv");
        ExportResult r = TableExport.write(sample(), out, ExportOptions.defaults(), Progress.NONE);
        assertEquals(4, r.neutralisedCells());
        String text = Files.readString(out);
        assertTrue(text.contains("'=SUM(A1:A9)"));
        assertTrue(text.contains("'-1+2"));
        assertTrue(text.contains("'+8613800000001"));
        assertTrue(text.contains("1,'=SUM(A1:A9),-5.5,"), text);
        assertTrue(text.contains("100000000000000000000"));
        assertTrue(text.contains("\"plain, \"\"quoted\"\"\nnext\""));
    }

    @Test
    void csvWithoutNeutralisationRoundTrips() throws IOException {
        Path out = dir.resolve("o.csv");
        TableExport.write(sample(), out, ExportOptions.defaults().withNeutraliseFormulas(false), Progress.NONE);
        Table back = CsvImport.load(out, CsvImportOptions.defaults()
                .withColumnTypes(Map.of("phone", ColumnType.TEXT)), Progress.NONE).table();
        assertEquals("=SUM(A1:A9)", back.stringColumn("note").get(0));
        assertEquals("plain, \"quoted\"\nnext", back.stringColumn("note").get(2));
        assertEquals(-5.5, back.doubleColumn("delta").get(0));
        assertTrue(back.doubleColumn("delta").isMissing(2));
        assertEquals("+8613800000001", back.stringColumn("phone").get(0));
        assertEquals(LocalDate.of(2024, 2, 29), back.dateColumn("day").get(0));
        assertTrue(back.dateColumn("day").isMissing(1));
    }

    @Test
    void bomAndTsv() throws IOException {
        Path csv = dir.resolve("b.csv");
        TableExport.write(sample(), csv, ExportOptions.defaults().withBom(true), Progress.NONE);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(csv), 3);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, head);
        assertEquals("id", CsvImport.load(csv, CsvImportOptions.defaults(), Progress.NONE).table().columnNames()
                .getFirst());
        Path tsv = dir.resolve("b.tsv");
        TableExport.write(sample(), tsv, ExportOptions.defaults(), Progress.NONE);
        assertTrue(Files.readString(tsv, StandardCharsets.UTF_8).startsWith("id\tnote\tdelta\tphone\tday\r\n"));
    }

    @Test
    void jsonRoundTrip() throws IOException {
        Path out = dir.resolve("o.json");
        TableExport.write(sample(), out, ExportOptions.defaults(), Progress.NONE);
        Table back = JsonImport.load(out, Map.of(), Progress.NONE).table();
        assertEquals(3, back.rowCount());
        assertEquals("=SUM(A1:A9)", back.stringColumn("note").get(0), "JSON is not a spreadsheet: kept verbatim");
        assertEquals(LocalDate.of(1970, 1, 1), back.dateColumn("day").get(2));
        assertTrue(back.doubleColumn("delta").isMissing(2));
    }

    @Test
    void xlsxRoundTrip() throws IOException {
        Path out = dir.resolve("o.xlsx");
        ExportResult r = TableExport.write(sample(), out, ExportOptions.defaults(), Progress.NONE);
        assertEquals(ExportFormat.XLSX, r.format());
        ImportResult back = ExcelImport.load(out, Map.of(), Progress.NONE);
        Table t = back.table();
        assertEquals(3, t.rowCount());
        assertEquals("'=SUM(A1:A9)", t.stringColumn("note").get(0));
        assertEquals(-5.5, t.doubleColumn("delta").get(0));
        assertEquals(LocalDate.of(2024, 2, 29), t.dateColumn("day").get(0));
        assertEquals(2, t.intColumn("id").get(1));
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "a\n1\n");
        DataExportException e = assertThrows(DataExportException.class, () -> TableExport.write(sample(), in,
                ExportOptions.defaults().withInput(in), Progress.NONE));
        assertTrue(e.getMessage().contains("Refusing to overwrite"));
        assertEquals("a\n1\n", Files.readString(in));
    }

    @Test
    void cancelledWriteLeavesTheOldFileIntact() throws IOException {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "old content");
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(TaskCancelledException.class,
                () -> TableExport.write(sample(), out, ExportOptions.defaults(), token));
        assertEquals("old content", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.parquet", "out"})
    void unknownFormatIsRefused(String name) {
        DataExportException e = assertThrows(DataExportException.class,
                () -> TableExport.write(sample(), dir.resolve(name), ExportOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().contains("unknown output format"));
    }
}
