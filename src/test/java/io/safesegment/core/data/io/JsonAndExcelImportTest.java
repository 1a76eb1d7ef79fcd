package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class JsonAndExcelImportTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void arrayOfObjectsWithMissingKeysAndNesting() throws IOException {
        ImportResult r = JsonImport.load(write("a.json", """
                [{"id": 1, "phone": "+8613800000001", "born": "1990-01-02", "tags": ["a"]},
                 {"id": 2, "phone": "+15550000002", "extra": {"k": 1}},
                 {"id": 3, "born": null}]
                """), Map.of(), Progress.NONE);
        Table t = r.table();
        assertEquals(List.of("id", "phone", "born", "tags", "extra"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(ColumnType.TEXT, r.columns().get(1).type());
        assertEquals(LocalDate.of(1990, 1, 2), t.dateColumn("born").get(0));
        assertTrue(t.dateColumn("born").isMissing(2));
        assertEquals("[\"a\"]", t.stringColumn("tags").get(0));
        assertEquals("{\"k\":1}", t.stringColumn("extra").get(1));
    }

    @Test
    void jsonLines() throws IOException {
        Table t = TableImport.load(write("l.jsonl", "{\"a\":1.5}\n{\"a\":2}\n\n{\"a\":-3}\n"),
                CsvImportOptions.defaults(), Progress.NONE).table();
        assertEquals(3, t.rowCount());
        assertEquals(-3.0, t.doubleColumn("a").get(2));
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutTheValue() throws IOException {
        DataImportException e = assertThrows(DataImportException.class, () -> JsonImport.load(
                write("bad.json", "[{\"a\": 1},\n {\"a\": secretvalue}]"), Map.of(), Progress.NONE));
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertFalse(e.getMessage().contains("secretvalue"), e.getMessage());
    }

    @Test
    void nonObjectElementsAndEmptyFiles() throws IOException {
        assertTrue(assertThrows(DataImportException.class, () -> JsonImport.load(write("n.json", "[1, 2]"), Map.of(),
                Progress.NONE)).getMessage().contains("expected a JSON object"));
        assertTrue(assertThrows(DataImportException.class, () -> JsonImport.load(write("e.json", "  "), Map.of(),
                Progress.NONE)).getMessage().contains("empty"));
        assertTrue(assertThrows(DataImportException.class, () -> JsonImport.load(write("t.json", "[{\"a\":1}"),
                Map.of(), Progress.NONE)).getMessage().contains("truncated"));
    }

    @Test
    void excelThatIsNotAWorkbook() throws IOException {
        DataImportException e = assertThrows(DataImportException.class, () -> TableImport.load(
                write("fake.xlsx", "a,b\n1,2\n"), CsvImportOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().contains("not a readable .xlsx workbook"), e.getMessage());
    }
}
