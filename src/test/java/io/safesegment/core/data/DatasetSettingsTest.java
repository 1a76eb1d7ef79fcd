package io.safesegment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** What {@link DatasetService} keeps per dataset in a workspace, and its in-memory join and export with options. */
class DatasetSettingsTest {
    @TempDir
    Path dir;

    @Test
    void columnTypesAndCleaningStepsRoundTripAndUnreadableOnesAreIgnored() throws Exception {
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        CleaningPipeline steps = CleaningPipeline.empty().then(new DropDuplicates(List.of("city")))
                .then(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER));
        DatasetService.saveDatasetSettings(workspace, "a.csv", Map.of("zip", ColumnType.TEXT), steps);
        assertEquals(Map.of("zip", ColumnType.TEXT), DatasetService.savedColumnTypes(workspace, "a.csv"));
        assertEquals(steps.steps(), DatasetService.savedSteps(workspace, "a.csv").steps());

        DatasetService.saveSteps(workspace, "a.csv", CleaningPipeline.empty());
        assertEquals(Map.of("zip", ColumnType.TEXT), DatasetService.savedColumnTypes(workspace, "a.csv"),
                "replacing the steps keeps the types");
        assertTrue(DatasetService.savedSteps(workspace, "a.csv").steps().isEmpty());

        workspace.saveDatasetRecipe("b.csv", "{not json", "[{\"step\": \"no-such-step\"}]");
        assertEquals(Map.of(), DatasetService.savedColumnTypes(workspace, "b.csv"));
        assertTrue(DatasetService.savedSteps(workspace, "b.csv").steps().isEmpty());
        assertEquals(Map.of(), DatasetService.savedColumnTypes(null, "a.csv"), "no workspace, nothing saved");
    }

    @Test
    void importsKeepsFindsAndMapsWorkspaceDatasetsWithLineage() throws Exception {
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        Path file = Files.writeString(dir.resolve("people.csv"), "id,email\n1,a@example.com\n",
                StandardCharsets.UTF_8);
        var imported = DatasetService.importIntoWorkspace(workspace, file, CsvImportOptions.defaults(),
                table -> Map.of("email", ColumnRole.DIRECT_IDENTIFIER), Progress.NONE);
        assertEquals(1, imported.loaded().table().rowCount());
        assertEquals(workspace.dataDirectory(), imported.dataset().file().getParent(), "a copy, not the original");
        var kept = DatasetService.keepTable(workspace, "people-copy.csv", imported.loaded().table(),
                DatasetKind.DERIVED, Map.of(), List.of(imported.dataset().id()), List.of(), Progress.NONE);
        assertEquals(List.of("people-copy.csv"), DatasetService.lineage(workspace).getFirst().children().stream()
                .map(node -> node.dataset().name()).toList());
        assertEquals(kept.id(), DatasetService.findDataset(workspace, "people-copy.csv").orElseThrow().id());
        assertTrue(DatasetService.findDataset(workspace, "nobody.csv").isEmpty());
        var mapped = DatasetService.updateRoles(workspace, kept, RoleMapping.empty()
                .with(SemanticRole.CUSTOMER_ID, "id"));
        assertEquals("id", mapped.roles().column(SemanticRole.CUSTOMER_ID).orElseThrow());
    }

    @Test
    void previewsAndProfiles() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "id;zip\n1;01234\n2;04711\n", StandardCharsets.UTF_8);
        var preview = DatasetService.previewDelimited(csv, CsvImportOptions.defaults());
        assertEquals(';', preview.format().delimiter());
        assertEquals(2, preview.rows().size());
        Path json = Files.writeString(dir.resolve("b.json"), "[{\"a\": 1}, {\"a\": 2}]", StandardCharsets.UTF_8);
        assertEquals(2, DatasetService.previewRows(json).rows().size());
        Table t = DatasetService.importFile(csv, CsvImportOptions.defaults(), Progress.NONE).table();
        assertEquals(2, DatasetService.profile(t, Progress.NONE).rows());
    }

    @Test
    void joinsTablesInMemoryAndExportsWithExplicitOptions() throws Exception {
        Path left = Files.writeString(dir.resolve("l.csv"), "id,v\n1,=1+1\n2,b\n", StandardCharsets.UTF_8);
        Path right = Files.writeString(dir.resolve("r.csv"), "id,w\n1,x\n", StandardCharsets.UTF_8);
        Table l = DatasetService.importFile(left, CsvImportOptions.defaults(), Progress.NONE).table();
        Table r = DatasetService.importFile(right, CsvImportOptions.defaults(), Progress.NONE).table();
        Table joined = DatasetService.joinTables(l, r, JoinOptions.on(JoinType.LEFT, "id"), Progress.NONE).table();
        assertEquals(2, joined.rowCount());
        assertEquals(List.of("id", "v", "w"), joined.columnNames());

        Path out = dir.resolve("out.tsv");
        var written = DatasetService.export(joined, out, ExportOptions.defaults().withFormat(ExportFormat.TSV)
                .withInput(left), Progress.NONE);
        assertEquals(1, written.neutralisedCells());
        assertTrue(Files.readString(out).startsWith("id\tv\tw"), Files.readString(out));
    }
}
