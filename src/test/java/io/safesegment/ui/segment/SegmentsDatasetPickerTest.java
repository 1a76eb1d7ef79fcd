package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Segments section offers every workspace dataset and preselects the masked customers once they exist. */
class SegmentsDatasetPickerTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void maskedCustomersArePreselectedOnceAndListedFirst(@TempDir Path tmp) throws Exception {
        Workspace workspace = Workspace.open(tmp.resolve("ws"));
        for (String name : List.of("customers.csv", "transactions.csv", "customer_segments.csv")) {
            workspace.registerDataset(name, Files.writeString(tmp.resolve(name), "a\n1\n"), "csv");
        }
        WorkspaceSession session = new WorkspaceSession();
        SegmentsViewModel model = WaitForAsyncUtils.asyncFx(() -> {
            session.setWorkspace(workspace);
            return new SegmentsViewModel(session, new SimpleObjectProperty<Table>(), TaskRunner.sameThread(),
                    new RecordingDialogs(), s -> { });
        }).get(60, TimeUnit.SECONDS);
        assertEquals("customers.csv", model.source().customersDatasetProperty().get());
        assertEquals("transactions.csv", model.source().transactionsDatasetProperty().get());

        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Dataset masked = catalog.registerTable("masked-客户.csv", Table.create("c", StringColumn.create("a", "x")),
                DatasetKind.MASKED, Map.of(), RoleMapping.empty(), List.of(catalog.require("customers.csv").id()),
                List.of(), Progress.NONE);
        WaitForAsyncUtils.asyncFx(session::datasetsChanged).get(60, TimeUnit.SECONDS);
        assertEquals(masked.name(), model.source().customersDatasetProperty().get());
        assertEquals("transactions.csv", model.source().transactionsDatasetProperty().get());
        assertEquals(masked.name(), model.source().datasetChoices().getFirst(), "protected datasets are listed first");

        WaitForAsyncUtils.asyncFx(() -> {
            model.source().customersDatasetProperty().set("customers.csv");
            session.datasetsChanged();
        }).get(60, TimeUnit.SECONDS);
        assertEquals("customers.csv", model.source().customersDatasetProperty().get(), "a user's raw choice is kept");
    }

    @Test
    void rolesSavedWithTheDatasetsAreUsedWhereNoSuggestionFindsThem(@TempDir Path tmp) throws Exception {
        io.safesegment.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        Workspace workspace = Workspace.open(tmp.resolve("ws"));
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        // Column names no suggester knows, ids that are not plain integers: without the saved roles nothing works.
        Dataset kunden = io.safesegment.core.data.dataset.DatasetImport.importFile(catalog,
                Files.writeString(tmp.resolve("kunden.csv"), "Kennung,Alter\nK1,31\nK2,45\nK3,27\n"),
                io.safesegment.core.data.dataset.DatasetImportOptions.defaults(), Progress.NONE).dataset();
        Dataset belege = io.safesegment.core.data.dataset.DatasetImport.importFile(catalog,
                Files.writeString(tmp.resolve("belege.csv"), "Beleg,Kennung,Zeitpunkt,Betrag\n"
                        + "B1,K1,2025-03-01 10:00:00,12.5\nB2,K2,2025-03-02 11:00:00,7\n"
                        + "B3,K3,2025-03-04 09:00:00,3.25\nB4,K1,2025-03-09 12:00:00,20\n"),
                io.safesegment.core.data.dataset.DatasetImportOptions.defaults(), Progress.NONE).dataset();
        catalog.updateRoles(kunden, RoleMapping.parse("customer_id=Kennung"));
        catalog.updateRoles(belege, RoleMapping.parse("customer_id=Kennung,order_id=Beleg,timestamp=Zeitpunkt,"
                + "amount=Betrag"));
        WorkspaceSession session = new WorkspaceSession();
        RecordingDialogs dialogs = new RecordingDialogs();
        SegmentsViewModel model = WaitForAsyncUtils.asyncFx(() -> {
            session.setWorkspace(workspace);
            return new SegmentsViewModel(session, new SimpleObjectProperty<Table>(), TaskRunner.sameThread(),
                    dialogs, s -> { });
        }).get(60, TimeUnit.SECONDS);
        // Confirmed roles say which table holds customers and which transactions, whatever the file names.
        assertEquals("kunden.csv", model.source().customersDatasetProperty().get());
        assertEquals("belege.csv", model.source().transactionsDatasetProperty().get());

        WaitForAsyncUtils.asyncFx(model.source()::loadSource).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.shown);
        assertEquals("3 customers · 4 transactions", model.source().sourceTextProperty().get());
        List<String> offered = model.features().features().stream().map(FeatureRow::name).toList();
        assertEquals(true, offered.contains("order_count") && offered.contains("Alter"), offered.toString());
        assertEquals(false, offered.contains("Kennung"), "the saved customer id is no feature: " + offered);

        // A run joins the two tables through the saved customer id column.
        WaitForAsyncUtils.asyncFx(() -> {
            model.settings().kProperty().set(2);
            model.run();
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.shown);
        assertEquals(1, model.history().runs().size());
    }
}
