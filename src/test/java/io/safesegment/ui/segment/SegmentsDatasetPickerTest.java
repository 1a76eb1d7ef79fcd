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
        assertEquals("customers.csv", model.customersDatasetProperty().get());
        assertEquals("transactions.csv", model.transactionsDatasetProperty().get());

        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Dataset masked = catalog.registerTable("masked-客户.csv", Table.create("c", StringColumn.create("a", "x")),
                DatasetKind.MASKED, Map.of(), RoleMapping.empty(), List.of(catalog.require("customers.csv").id()),
                List.of(), Progress.NONE);
        WaitForAsyncUtils.asyncFx(session::datasetsChanged).get(60, TimeUnit.SECONDS);
        assertEquals(masked.name(), model.customersDatasetProperty().get());
        assertEquals("transactions.csv", model.transactionsDatasetProperty().get());
        assertEquals(masked.name(), model.datasetChoices().getFirst(), "protected datasets are listed first");

        WaitForAsyncUtils.asyncFx(() -> {
            model.customersDatasetProperty().set("customers.csv");
            session.datasetsChanged();
        }).get(60, TimeUnit.SECONDS);
        assertEquals("customers.csv", model.customersDatasetProperty().get(), "a user's raw choice is kept");
    }
}
