package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Excel and JSON get the same preview-then-override flow as CSV: first 200 rows, inferred types, overrides on load. */
class SpreadsheetAndJsonPreviewTest {
    @TempDir
    Path dir;

    private Path json(String name, int records, String tail) throws IOException {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < records; i++) {
            text.append(i == 0 ? "" : ",\n").append("{\"id\": ").append(i + 1).append(", \"postcode\": \"")
                    .append(10115 + i).append("\", \"city\": \"").append(i % 2 == 0 ? "Berlin" : "上海")
                    .append("\"}");
        }
        return Files.writeString(dir.resolve(name), text.append(tail).append("\n]\n"));
    }

    @Test
    void jsonPreviewShowsTheFirst200RecordsAndTheOverrideAppliesOnLoad() throws IOException {
        Path file = json("people.json", 450, "");
        RowsPreview preview = JsonImport.preview(file);
        assertEquals(CsvImport.PREVIEW_ROWS, preview.rows().size());
        assertEquals(List.of("id", "postcode", "city"), preview.columns().stream().map(ColumnSpec::name).toList());
        assertEquals(ColumnType.INTEGER, preview.columns().get(1).type(), "digits alone look like integers");
        assertEquals(List.of("2", "10116", "上海"), preview.rows().get(1));

        Table loaded = JsonImport.load(file, Map.of("postcode", ColumnType.TEXT), Progress.NONE).table();
        assertEquals(450, loaded.rowCount());
        assertInstanceOf(StringColumn.class, loaded.column("postcode"), "the user's type wins");
        assertEquals("10564", loaded.getString(449, "postcode"));
    }

    @Test
    void jsonPreviewReadsOnlyItsRecordsAndTheLoadStillReportsLaterDamage() throws IOException {
        Path file = json("damaged.json", 300, ",\n{\"id\": oops}");
        assertEquals(CsvImport.PREVIEW_ROWS, JsonImport.preview(file).rows().size());
        DataImportException e = assertThrows(DataImportException.class,
                () -> JsonImport.load(file, Map.of(), Progress.NONE));
        assertEquals(302, e.line(), e.getMessage());
    }

    @Test
    void jsonLinesWithAKeyMissingFromSomeRecords() throws IOException {
        Path file = Files.writeString(dir.resolve("l.jsonl"), "{\"a\":1}\n{\"a\":2,\"b\":\"x\"}\n");
        RowsPreview preview = JsonImport.preview(file);
        assertEquals(List.of(List.of("1", ""), List.of("2", "x")), preview.rows());
        assertEquals(ColumnType.INTEGER, preview.columns().getFirst().type());
    }

    @Test
    void excelPreviewAndOverrideOnRandomSheets() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 4; round++) {
            int rows = 1 + random.nextInt(400);
            int[] ids = new int[rows];
            String[] codes = new String[rows];
            for (int r = 0; r < rows; r++) {
                ids[r] = random.nextInt(1_000_000);
                codes[r] = Integer.toString(100 + random.nextInt(900));
            }
            Table table = Table.create("sheet", IntColumn.create("id", ids), StringColumn.create("code", codes));
            Path file = dir.resolve("sheet" + round + ".xlsx");
            TableExport.write(table, file, ExportOptions.defaults(), Progress.NONE);

            RowsPreview preview = ExcelImport.preview(file);
            assertEquals(Math.min(rows, CsvImport.PREVIEW_ROWS), preview.rows().size());
            assertEquals(ColumnType.INTEGER, preview.columns().getFirst().type());
            assertEquals(ColumnType.INTEGER, preview.columns().get(1).type(), "text digits infer as integers");
            assertEquals(List.of(Integer.toString(ids[0]), codes[0]), preview.rows().getFirst());

            Table loaded = ExcelImport.load(file, Map.of("code", ColumnType.TEXT, "id", ColumnType.DECIMAL),
                    Progress.NONE).table();
            assertEquals(rows, loaded.rowCount());
            assertEquals(codes[rows - 1], loaded.stringColumn("code").get(rows - 1));
            assertEquals(ids[rows - 1], loaded.doubleColumn("id").get(rows - 1), 1e-9);
        }
    }

    @Test
    void excelPreviewOfANonWorkbookNamesTheProblem() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.xlsx"), "a,b\n1,2\n");
        DataImportException e = assertThrows(DataImportException.class, () -> ExcelImport.preview(fake));
        assertTrue(e.getMessage().contains("fake.xlsx") && e.getMessage().contains("not a readable .xlsx"),
                e.getMessage());
    }
}
