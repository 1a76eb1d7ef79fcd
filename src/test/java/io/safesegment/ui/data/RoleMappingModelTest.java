package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ForeignShapes;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
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

/** The role-mapping panel's ViewModel on a same-thread task runner, with files whose columns have foreign names. */
class RoleMappingModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final TaskRunner runner = TaskRunner.sameThread();
    private WorkspaceSession session;
    private Workspace workspace;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
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

    private DataViewModel imported(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        DataViewModel m = fx(() -> new DataViewModel(session, runner, dialogs, statuses::add));
        fxRun(() -> m.datasetList().beginImport(file));
        fxRun(() -> m.datasetList().confirmImport(m.datasetList().pendingImportProperty().get()));
        return m;
    }

    private static RoleRow row(RoleMappingModel panel, SemanticRole role) {
        return panel.rows().stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    @Test
    void importOpensThePanelWithSuggestionsAndApplySavesRolesAndTheDerivationStep() throws Exception {
        DataViewModel m = imported("Online Retail.csv", ForeignShapes.RETAIL);
        RoleMappingModel panel = m.roleMapping();
        Dataset editing = panel.editingProperty().get();
        assertNotNull(editing, "the panel opens after an import: " + dialogs.shown);
        assertEquals("Online Retail.csv", editing.name());
        assertEquals(RoleMappingModel.ROLES.size(), panel.rows().size());
        RoleRow customer = row(panel, SemanticRole.CUSTOMER_ID);
        assertEquals("CustomerID", customer.suggested());
        assertEquals("CustomerID", customer.chosen(), "nothing saved yet: the suggestion is preselected");
        assertEquals(0.9, customer.confidence(), 1e-9);
        assertTrue(customer.reason().contains("CustomerID"), customer.reason());
        assertEquals("InvoiceNo", row(panel, SemanticRole.ORDER_ID).chosen());
        assertEquals("InvoiceDate", row(panel, SemanticRole.TIMESTAMP).chosen());
        assertNull(row(panel, SemanticRole.AMOUNT).chosen());
        assertEquals("Amount is derived as Quantity × UnitPrice; the derivation is recorded in the dataset's "
                + "lineage.", fx(() -> panel.derivationNote().get()));

        // A column chosen for two roles cannot be applied; "none" is allowed.
        fxRun(() -> row(panel, SemanticRole.PRODUCT_NAME).column().set("StockCode"));
        assertEquals("Column StockCode is chosen for more than one role.", fx(() -> panel.problem().get()));
        fxRun(panel::apply);
        assertNotNull(panel.editingProperty().get(), "not applied while a column plays two roles");
        fxRun(() -> row(panel, SemanticRole.PRODUCT_NAME).column().set(null));
        assertEquals("", fx(() -> panel.problem().get()));

        long revision = session.datasetsRevisionProperty().get();
        fxRun(panel::apply);
        assertNull(panel.editingProperty().get(), "Apply closes the panel");
        Dataset saved = new DatasetCatalog(workspace).require("Online Retail.csv");
        assertEquals(RoleMapping.parse("customer_id=CustomerID,order_id=InvoiceNo,timestamp=InvoiceDate,"
                + "quantity=Quantity,unit_price=UnitPrice,product_id=StockCode"), saved.roles());
        assertEquals(List.of("import", "derive_amount"), saved.steps().stream().map(LineageStep::kind).toList());
        assertTrue(session.datasetsRevisionProperty().get() > revision, "Segments and Recommendations re-read");
        assertEquals("Roles of Online Retail.csv saved", statuses.getLast());
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void reopeningShowsTheSavedMappingAndCancelKeepsIt() throws Exception {
        DataViewModel m = imported("客户.csv", ForeignShapes.CHINESE_TRANSACTIONS);
        RoleMappingModel panel = m.roleMapping();
        assertEquals("客户编号", row(panel, SemanticRole.CUSTOMER_ID).chosen());
        fxRun(() -> row(panel, SemanticRole.ORDER_ID).column().set(null));
        fxRun(panel::apply);
        Dataset saved = new DatasetCatalog(workspace).require("客户.csv");
        assertTrue(saved.roles().column(SemanticRole.ORDER_ID).isEmpty());
        assertEquals("数量", saved.roles().column(SemanticRole.QUANTITY).orElseThrow());

        // Ctrl+M's action on the loaded dataset shows what was saved, not the suggestion.
        assertTrue(fx(panel::openForLoaded));
        assertNull(row(panel, SemanticRole.ORDER_ID).chosen());
        assertEquals("订单号", row(panel, SemanticRole.ORDER_ID).suggested());
        fxRun(() -> row(panel, SemanticRole.CUSTOMER_ID).column().set("订单号"));
        fxRun(panel::cancel);
        assertNull(panel.editingProperty().get());
        assertEquals(saved.roles(), new DatasetCatalog(workspace).require("客户.csv").roles(), "Cancel saves nothing");
        assertEquals(List.of(), dialogs.shown);
    }
}
