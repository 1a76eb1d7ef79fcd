package io.safesegment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.FillMissing;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.profile.ProfileOptions;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DatasetServiceTest {
    @TempDir
    Path dir;

    private Path orders() throws Exception {
        Path f = dir.resolve("订单.csv");
        Files.writeString(f, "客户,数量,单价,备注\nK1,2,3.5,甲\nK1,2,3.5,甲\nK2,,10,乙\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void deriveAmountMultipliesAndKeepsMissingMissing() throws Exception {
        Table t = DatasetService.importFile(orders(), CsvImportOptions.defaults(), Progress.NONE).table();
        Table derived = DatasetService.deriveAmount(t, new AmountDerivation("数量", "单价"), "金额");
        assertEquals(7.0, derived.doubleColumn("金额").get(0), 1e-9);
        assertTrue(derived.doubleColumn("金额").isMissing(2), "no quantity, no amount");
        assertEquals(4, t.columnCount(), "the input table is not changed");
    }

    @Test
    void deriveAmountNamesTheBadColumn() throws Exception {
        Table t = DatasetService.importFile(orders(), CsvImportOptions.defaults(), Progress.NONE).table();
        var missing = assertThrows(IllegalArgumentException.class,
                () -> DatasetService.deriveAmount(t, new AmountDerivation("Quantity", "单价"), "amount"));
        assertTrue(missing.getMessage().contains("'Quantity' not found"), missing.getMessage());
        var text = assertThrows(IllegalArgumentException.class,
                () -> DatasetService.deriveAmount(t, new AmountDerivation("备注", "单价"), "amount"));
        assertTrue(text.getMessage().contains("'备注'") && text.getMessage().contains("not a number"));
        var exists = assertThrows(IllegalArgumentException.class,
                () -> DatasetService.deriveAmount(t, new AmountDerivation("数量", "单价"), "客户"));
        assertTrue(exists.getMessage().contains("already exists"));
    }

    @Test
    void cleanAndJoinWriteFilesAndReport() throws Exception {
        Path in = orders();
        Path out = dir.resolve("clean.csv");
        var cleaned = DatasetService.clean(new DatasetService.CleanRequest(in, null,
                CleaningPipeline.empty().then(new DropDuplicates(List.of())), out, false), "steps", Progress.NONE);
        assertEquals(3, cleaned.imported().table().rowCount());
        assertEquals(2, cleaned.written().rows());
        Path right = dir.resolve("客户.csv");
        Files.writeString(right, "客户,城市\nK1,上海\n", StandardCharsets.UTF_8);
        var joined = DatasetService.join(new DatasetService.JoinRequest(out, right, JoinOptions.on(JoinType.LEFT,
                "客户"), dir.resolve("joined.csv"), false), Progress.NONE);
        assertEquals(1, joined.joined().report().unmatchedLeftRows());
        assertTrue(Files.readString(dir.resolve("joined.csv")).contains("上海"));
    }

    @Test
    void columnTypesRoundTripThroughJson() throws Exception {
        Map<String, ColumnType> types = Map.of("数量", ColumnType.INTEGER);
        assertEquals(types, DatasetService.columnTypesFromJson(DatasetService.columnTypesToJson(types)));
        assertEquals(Map.of(), DatasetService.columnTypesFromJson(null));
    }

    @Test
    void convertReadsAndWritesAnotherFormatButNeverOverTheInput() throws Exception {
        Path in = orders();
        var converted = DatasetService.convert(in, null, dir.resolve("订单.tsv"), ExportOptions.defaults(),
                Progress.NONE);
        assertEquals(3, converted.written().rows());
        assertTrue(Files.readString(dir.resolve("订单.tsv")).startsWith("客户\t数量"));
        assertThrows(RuntimeException.class,
                () -> DatasetService.convert(in, null, in, ExportOptions.defaults(), Progress.NONE));
    }

    @Test
    void profileCountsRowsAndMissingValues() throws Exception {
        var profiled = DatasetService.profile(orders(), null, new ProfileOptions(3, 10), Progress.NONE);
        assertEquals(3, profiled.profile().rows());
        assertEquals(1, profiled.profile().duplicateRows());
        assertEquals(1, profiled.profile().columns().stream().filter(c -> c.name().equals("数量")).findFirst()
                .orElseThrow().missing());
    }

    @Test
    void importListExportAndKeepDerivedGoThroughTheWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        var imported = DatasetService.importDataset(ws, orders(), DatasetImportOptions.defaults().withName("orders"),
                Progress.NONE);
        assertEquals(List.of("orders"), DatasetService.datasets(ws).stream().map(d -> d.name()).toList());
        var exported = DatasetService.exportDataset(ws, "orders", dir.resolve("out.csv"), ExportFormat.CSV, false,
                Progress.NONE);
        assertEquals(imported.dataset().id(), exported.dataset().id());
        assertEquals(3, exported.written().rows());
        Table summary = Table.create("summary");
        summary.addColumns(tech.tablesaw.api.StringColumn.create("客户", "K1", "K2"));
        var kept = DatasetService.keepDerived(ws, "per customer", summary, DatasetKind.DERIVED, Map.of(),
                RoleMapping.empty(), List.of(orders()), new LineageStep("derive", Map.of()));
        assertEquals(List.of(imported.dataset().id()), kept.parents(), "child of the dataset of the same file");
    }

    @Test
    void describeNamesEveryCleaningStep() {
        assertEquals(1, DatasetService.describe(CleaningPipeline.empty().then(new DropDuplicates(List.of())))
                .size());
    }

    @Test
    void stepTypesNameTheStepKindsButNeverTheirValues() {
        CleaningPipeline steps = CleaningPipeline.empty().then(new DropDuplicates(List.of()))
                .then(new FillMissing("city", FillMissing.Strategy.CONSTANT, "Secret Street 7"));
        assertEquals(List.of("DropDuplicates", "FillMissing"), DatasetService.stepTypes(steps));
    }

    @Test
    void oneStepIsAppliedToACopyAndDescribedLikeInThePipeline() {
        Table table = Table.create("t", tech.tablesaw.api.StringColumn.create("a", "x", "x", "y"));
        DropDuplicates step = new DropDuplicates(List.of());
        assertEquals(2, DatasetService.applyStep(table, step).table().rowCount());
        assertEquals(3, table.rowCount(), "the input table is not changed");
        assertEquals(DatasetService.describe(CleaningPipeline.empty().then(step)), List.of(DatasetService.describe(step)));
    }
}
