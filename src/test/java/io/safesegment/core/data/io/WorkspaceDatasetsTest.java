package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A table made in the app is written into the workspace and reads back the same after reopening it. */
class WorkspaceDatasetsTest {
    @TempDir
    Path dir;

    private static Table joined() {
        return Table.create("orders ⋈ customers",
                StringColumn.create("postcode", "01234", "=1+2", ""),
                DoubleColumn.create("amount", 10.5, Double.NaN, -3),
                DateColumn.create("since", LocalDate.of(2024, 2, 29), null, LocalDate.of(1999, 12, 31)));
    }

    @Test
    void savedTablesSurviveReopeningWithTheirTypesAndValues() {
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        WorkspaceDatasets.SavedDataset saved = WorkspaceDatasets.save(workspace, "orders ⋈ customers", joined(),
                Progress.NONE);
        assertEquals(workspace.dataDirectory(), saved.file().getParent());
        assertEquals(Map.of("postcode", ColumnType.TEXT, "amount", ColumnType.DECIMAL, "since", ColumnType.DATE),
                saved.columnTypes());

        Workspace reopened = Workspace.open(dir.resolve("ws"));
        Workspace.DatasetEntry entry = reopened.datasets().stream()
                .filter(d -> d.name().equals("orders ⋈ customers")).findFirst().orElseThrow();
        Table back = TableImport.load(entry.path(), CsvImportOptions.defaults().withColumnTypes(saved.columnTypes()),
                Progress.NONE).table();
        assertEquals("01234", back.stringColumn("postcode").get(0));
        assertEquals("=1+2", back.stringColumn("postcode").get(1), "kept verbatim: the file is read by SafeSegment");
        assertTrue(back.doubleColumn("amount").isMissing(1));
        assertEquals(-3.0, back.doubleColumn("amount").get(2));
        assertEquals(LocalDate.of(2024, 2, 29), back.dateColumn("since").get(0));
        assertTrue(back.dateColumn("since").isMissing(1));
    }

    @Test
    void savingAgainUnderTheSameNameNeverOverwritesTheEarlierFile() throws Exception {
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        Path first = WorkspaceDatasets.save(workspace, "query@shop", joined(), Progress.NONE).file();
        String before = Files.readString(first);
        Path second = WorkspaceDatasets.save(workspace, "query@shop", joined().dropRows(0), Progress.NONE).file();
        assertNotEquals(first, second);
        assertEquals(before, Files.readString(first));
        assertEquals(second, workspace.datasets().stream().filter(d -> d.name().equals("query@shop")).findFirst()
                .orElseThrow().path());
    }
}
