package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.NormaliseText;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.join.JoinReport;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.Table;

/** The Data section's ViewModels on a same-thread task runner, against a real workspace and real files. */
class DataViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final TaskRunner runner = TaskRunner.sameThread();
    private WorkspaceSession session;
    private Workspace workspace;
    private Path samples;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        samples = SampleCsvFiles.write(dir.resolve("samples"), 60);
        workspace = Workspace.open(dir.resolve("ws"));
        for (String name : List.of("customers.csv", "transactions.csv", "products.csv")) {
            workspace.registerDataset(name, samples.resolve(name), "csv");
        }
        session = new WorkspaceSession();
        fx(() -> {
            session.setWorkspace(workspace);
            return null;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
        runner.awaitIdle(Duration.ofSeconds(60));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DataViewModel model() throws Exception {
        return fx(() -> new DataViewModel(session, runner, dialogs, statuses::add));
    }

    private DataViewModel loaded(String name) throws Exception {
        DataViewModel m = model();
        fxRun(() -> {
            m.selectedProperty().set(m.datasets().stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow());
            m.loadSelected();
        });
        assertNotNull(m.tableProperty().get(), dialogs.shown.toString());
        return m;
    }

    @Test
    void previewDetectsTheFormatAndATypeOverrideKeepsLeadingZeros() throws Exception {
        Path file = Files.writeString(dir.resolve("areas.csv"),
                "id;area;amount\n1;01234;3,5\n2;04711;10,25\n3;12345;7\n", StandardCharsets.UTF_8);
        DataViewModel m = model();
        fxRun(() -> m.datasetList().beginImport(file));
        ImportPreviewModel preview = m.datasetList().pendingImportProperty().get();
        assertEquals(";", preview.delimiterProperty().get());
        assertEquals(",", preview.decimalSeparatorProperty().get());
        assertEquals(List.of("id", "area", "amount"), preview.columns().stream().map(ImportColumn::name).toList());
        assertEquals(3, preview.rows().size());
        assertEquals(ColumnType.TEXT, preview.columns().get(1).detected(), "leading zeros make it text");
        assertEquals(ColumnType.INTEGER, preview.columns().getFirst().detected());

        fxRun(() -> preview.delimiterProperty().set(","));
        assertEquals(1, preview.columns().size(), "a wrong delimiter re-previews as one column");
        fxRun(() -> preview.delimiterProperty().set(";"));
        assertEquals(3, preview.columns().size());

        fxRun(() -> preview.columns().getFirst().chosenProperty().set(ColumnType.TEXT));
        fxRun(() -> m.datasetList().confirmImport(preview));

        assertNull(m.datasetList().pendingImportProperty().get());
        Table table = m.tableProperty().get();
        assertEquals("01234", table.stringColumn("area").get(0));
        assertEquals("1", table.stringColumn("id").get(0), "the override made id text");
        assertEquals(10.25, table.numberColumn("amount").getDouble(1), 1e-9);
        assertEquals("areas.csv", m.tableNameProperty().get());
        assertTrue(workspace.datasets().stream().anyMatch(d -> d.name().equals("areas.csv")));
        assertEquals(java.util.Map.of("id", ColumnType.TEXT), DatasetService.savedColumnTypes(workspace, "areas.csv"));

        DataViewModel reopened = loaded("areas.csv");
        assertEquals("04711", reopened.tableProperty().get().getString(1, "area"));
        assertTrue(reopened.tableProperty().get().column("id") instanceof tech.tablesaw.api.StringColumn,
                "saved overrides apply on reopen");
    }

    @Test
    void badRowsFailWithTheLineOrAreSkippedAndCounted() throws Exception {
        Path file = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3,4,5\n6,7\n", StandardCharsets.UTF_8);
        DataViewModel m = model();
        fxRun(() -> m.datasetList().beginImport(file));
        fxRun(() -> m.datasetList().confirmImport(m.datasetList().pendingImportProperty().get()));
        assertNull(m.tableProperty().get());
        assertEquals(List.of("error: Could not load ragged.csv"), dialogs.shown);
        assertTrue(dialogs.errors.getFirst().getMessage().contains("line 3"), dialogs.errors.getFirst().getMessage());

        fxRun(() -> m.datasetList().beginImport(file));
        fxRun(() -> m.datasetList().pendingImportProperty().get().skipBadRowsProperty().set(true));
        fxRun(() -> m.datasetList().confirmImport(m.datasetList().pendingImportProperty().get()));
        assertEquals(2, m.tableProperty().get().rowCount());
        assertTrue(m.summaryProperty().get().contains("1 bad rows skipped"), m.summaryProperty().get());
        assertEquals("info: ragged.csv: some rows were skipped", dialogs.shown.getLast());
    }

    @Test
    void dropImportsTheFirstFileAndJsonGetsAPreviewWithTypeOverrides() throws Exception {
        DataViewModel m = model();
        Path json = Files.writeString(dir.resolve("people.json"),
                "[{\"name\":\"Ann\",\"zip\":\"01234\",\"age\":31},{\"name\":\"Bo\",\"zip\":\"04711\",\"age\":42}]");
        fxRun(() -> assertTrue(m.datasetList().importDropped(List.of(dir.toFile(), json.toFile()))));
        ImportPreviewModel preview = m.datasetList().pendingImportProperty().get();
        assertNotNull(preview, "JSON is previewed before it is loaded");
        assertFalse(preview.delimited());
        assertEquals(List.of("name", "zip", "age"), preview.columns().stream().map(ImportColumn::name).toList());
        assertEquals(List.of("Bo", "04711", "42"), preview.rows().get(1));
        assertEquals(ColumnType.INTEGER, preview.columns().get(2).detected());
        fxRun(() -> preview.columns().get(2).chosenProperty().set(ColumnType.DECIMAL));
        fxRun(() -> m.datasetList().confirmImport(preview));
        Table table = m.tableProperty().get();
        assertEquals(2, table.rowCount());
        assertTrue(table.column("age") instanceof tech.tablesaw.api.DoubleColumn, "the override applies");
        assertEquals(java.util.Map.of("age", ColumnType.DECIMAL), DatasetService.savedColumnTypes(workspace, "people.json"));

        fxRun(() -> assertTrue(m.datasetList().importDropped(List.of(samples.resolve("products.csv").toFile()))));
        assertNotNull(m.datasetList().pendingImportProperty().get());
        assertTrue(m.datasetList().pendingImportProperty().get().delimited());
        fxRun(() -> m.datasetList().cancelImport());
        fxRun(() -> assertFalse(m.datasetList().importDropped(List.of(dir.toFile())), "a folder alone is not imported"));
        assertNull(m.datasetList().pendingImportProperty().get());
    }

    @Test
    void aBrokenJsonFileFailsBeforeThePreviewWithTheLine() throws Exception {
        DataViewModel m = model();
        Path json = Files.writeString(dir.resolve("broken.json"), "[{\"a\": 1},\n {\"a\": oops}]");
        fxRun(() -> m.datasetList().beginImport(json));
        assertNull(m.datasetList().pendingImportProperty().get());
        assertFalse(m.datasetList().loadingProperty().get());
        assertEquals(List.of("error: Could not load broken.json"), dialogs.shown);
        assertTrue(dialogs.errors.getFirst().getMessage().contains("line 2"), dialogs.errors.getFirst().getMessage());
    }

    @Test
    void browseSortsAndFiltersTheWholeTable() throws Exception {
        DataViewModel m = loaded("customers.csv");
        assertEquals(60, m.browse().rowsProperty().get().length);
        fxRun(() -> m.browse().sortBy("income", false));
        int[] rows = m.browse().rowsProperty().get();
        Table t = m.tableProperty().get();
        for (int i = 1; i < rows.length; i++) {
            assertTrue(t.numberColumn("income").getDouble(rows[i - 1]) >= t.numberColumn("income").getDouble(rows[i]));
        }
        fxRun(() -> {
            m.browse().filterProperty().set("berLIN");
            m.browse().applyFilter();
        });
        assertEquals(30, m.browse().rowsProperty().get().length);
        assertEquals("30 of 60 rows match", m.browse().shownProperty().get());
    }

    @Test
    void cleaningStepsUndoAndAreRestoredOnReopen() throws Exception {
        DataViewModel m = loaded("customers.csv");
        Table original = m.tableProperty().get();
        fxRun(() -> m.cleaning().add(new DropDuplicates(List.of("city"))));
        assertEquals(2, m.tableProperty().get().rowCount());
        fxRun(() -> m.cleaning().add(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER)));
        assertEquals(2, m.cleaning().steps().size());
        assertTrue(m.tableProperty().get().stringColumn("city").contains("BERLIN"));
        assertEquals(60, m.originalProperty().get().rowCount(), "the original is never changed");

        fxRun(() -> m.cleaning().undo());
        assertEquals(1, m.cleaning().steps().size());
        assertTrue(m.tableProperty().get().stringColumn("city").contains("Berlin"));

        DataViewModel reopened = loaded("customers.csv");
        assertEquals(List.of(new DropDuplicates(List.of("city"))), reopened.cleaning().pipeline().steps());
        assertEquals(2, reopened.tableProperty().get().rowCount());
        fxRun(() -> reopened.cleaning().undo());
        assertEquals(original.rowCount(), reopened.tableProperty().get().rowCount());
    }

    @Test
    void joinReportsMatchesAndAddsASessionDataset() throws Exception {
        DataViewModel m = loaded("transactions.csv");
        JoinModel join = m.join();
        fxRun(join::prepare);
        assertEquals(List.of("customers.csv", "products.csv"), join.others().stream().map(DatasetItem::name).toList());
        fxRun(() -> {
            join.leftKeyProperty().set("customer_id");
            join.rightProperty().set(join.others().getFirst());
        });
        assertEquals("customer_id", join.rightKeyProperty().get(), "the namesake key is suggested");
        fxRun(() -> {
            join.typeProperty().set(JoinType.INNER);
            join.join();
        });
        JoinReport report = join.reportProperty().get();
        assertEquals(180, report.leftRows());
        assertEquals(60, report.rightRows());
        assertEquals(180, report.matchedLeftRows());
        assertEquals(0, report.unmatchedLeftRows());
        assertEquals(180, report.resultRows());
        String joined = "transactions.csv ⋈ customers.csv";
        DatasetItem kept = m.datasets().stream().filter(d -> d.name().equals(joined)).findFirst().orElseThrow();
        assertFalse(kept.inSession(), "the join result is kept in the workspace");
        assertEquals(workspace.dataDirectory(), kept.path().getParent());
        assertEquals(kept, m.selectedProperty().get());

        // Reopening the workspace in a new session lists the join result and loads it with its column types.
        WorkspaceSession reopened = new WorkspaceSession();
        Workspace again = Workspace.open(dir.resolve("ws"));
        DataViewModel fresh = fx(() -> {
            reopened.setWorkspace(again);
            return new DataViewModel(reopened, runner, dialogs, statuses::add);
        });
        fxRun(() -> {
            fresh.selectedProperty().set(fresh.datasets().stream().filter(d -> d.name().equals(joined)).findFirst()
                    .orElseThrow());
            fresh.loadSelected();
        });
        Table restored = fresh.tableProperty().get();
        assertEquals(180, restored.rowCount());
        assertEquals(List.of("transaction_id", "customer_id", "product_id", "amount", "name", "phone", "postcode",
                "city", "income"), restored.columnNames());
        java.util.Map<String, ColumnType> recorded = DatasetService.savedColumnTypes(again, joined);
        assertEquals(ColumnType.DECIMAL, recorded.get("amount"));
        assertEquals(ColumnType.TEXT, recorded.get("postcode"));
        assertTrue(restored.column("amount") instanceof tech.tablesaw.api.DoubleColumn, "declared types are kept");
        assertEquals(m.originalProperty().get().getString(0, "transaction_id"), restored.getString(0, "transaction_id"));
        assertEquals(List.of(), dialogs.shown);
    }

    /**
     * Issue #16: a risk target stored with the dataset's policy holds for the Data section's export too, not only for
     * {@code safesegment export}: a miss writes nothing, names target and measured value, and is audited.
     */
    @Test
    void theDataSectionsExportIsCheckedAgainstTheDatasetsStoredRiskTargets() throws Exception {
        java.util.Map<String, io.safesegment.core.data.ColumnRole> roles = new java.util.LinkedHashMap<>();
        roles.put("customer_id", io.safesegment.core.data.ColumnRole.QUASI_IDENTIFIER);
        io.safesegment.core.privacy.policy.PolicyJson.write(new io.safesegment.core.privacy.policy.MaskingPolicy(
                io.safesegment.core.privacy.policy.MaskingPolicy.FORMAT_VERSION, "customers", 2, "p",
                java.time.Instant.now(), roles, List.of(io.safesegment.core.privacy.policy.MaskingRule.of(
                        "customer_id", "keep")),
                new io.safesegment.core.privacy.policy.RiskTargets(2, null, null, null, null, null, null)),
                Files.createDirectories(workspace.directory().resolve("policies")).resolve("customers.policy.json"));
        DataViewModel m = loaded("customers.csv");
        Path out = dir.resolve("customers-out.csv");
        dialogs.nextFile = out;
        fxRun(() -> m.export().export());

        assertFalse(Files.exists(out), "nothing written");
        assertEquals("error: Could not write customers-out.csv", dialogs.shown.getLast());
        String why = io.safesegment.ui.common.I18n.message(dialogs.errors.getLast());
        assertTrue(why.contains("policy customers@2: k-anonymity: target k 2, measured smallest class 1"), why);
        assertTrue(io.safesegment.core.governance.AuditService.list(workspace,
                io.safesegment.core.governance.AuditFilter.ALL).stream().anyMatch(e -> e.action().equals("export")
                && e.outcome().equals("blocked") && e.detail().contains("riskTargets=missed")));
    }

    @Test
    void exportNeutralisesFormulasByDefaultAndNeverOverwritesTheInput() throws Exception {
        Path input = Files.writeString(dir.resolve("notes.csv"), "id,note\n1,=cmd|' /C calc'!A0\n2,hello\n");
        DataViewModel m = model();
        fxRun(() -> m.datasetList().beginImport(input));
        fxRun(() -> m.datasetList().confirmImport(m.datasetList().pendingImportProperty().get()));
        Path out = dir.resolve("out.csv");
        dialogs.nextFile = out;
        fxRun(() -> m.export().export());
        assertTrue(Files.readString(out).contains("'=cmd"), Files.readString(out));
        assertEquals(1, m.export().resultProperty().get().neutralisedCells());

        dialogs.nextFile = input;
        fxRun(() -> m.export().export());
        assertEquals("error: Could not write notes.csv", dialogs.shown.getLast());
        assertTrue(Files.readString(input).contains("=cmd|"), "the input is untouched");

        Path xlsx = dir.resolve("out.xlsx");
        dialogs.nextFile = xlsx;
        fxRun(() -> {
            m.export().formatProperty().set(ExportFormat.XLSX);
            m.export().export();
        });
        assertTrue(Files.size(xlsx) > 0);
    }
}
