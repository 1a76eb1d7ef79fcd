package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DataViewTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void listsDemoDatasetsAndLoadsCustomersWithOneDoubleClick(FxRobot robot) throws Exception {
        app.awaitIdle();
        TreeView<DatasetItem> tree = robot.lookup("#datasetList").queryAs(TreeView.class);
        assertEquals(List.of("customers.csv", "transactions.csv", "products.csv"),
                tree.getRoot().getChildren().stream().map(item -> item.getValue().name()).toList());
        assertEquals("No dataset loaded", robot.lookup("#tableTitle").queryLabeled().getText());

        robot.doubleClickOn(robot.lookup(".tree-cell").lookup((javafx.scene.control.TreeCell<?> c) ->
                c.getText() != null && c.getText().startsWith("customers.csv")).queryAs(javafx.scene.Node.class));
        app.awaitIdle();

        assertEquals("customers.csv", robot.lookup("#tableTitle").queryLabeled().getText());
        String summary = robot.lookup("#summaryLabel").queryLabeled().getText();
        assertTrue(summary.startsWith(GuiFixture.CUSTOMERS + " rows × " + SampleCsvFiles.CUSTOMER_COLUMNS + " columns"),
                summary);
        TableView<Integer> table = robot.lookup("#previewTable").queryAs(TableView.class);
        assertEquals(GuiFixture.CUSTOMERS, table.getItems().size());
        TableColumn<Integer, ?> phone = table.getColumns().stream().filter(c -> c.getText().equals("phone"))
                .findFirst().orElseThrow();
        assertTrue(String.valueOf(phone.getCellData(0)).startsWith("+86"), "phone keeps its + sign");
        TableColumn<Integer, ?> postcode = table.getColumns().stream().filter(c -> c.getText().equals("postcode"))
                .findFirst().orElseThrow();
        assertTrue(String.valueOf(postcode.getCellData(0)).startsWith("0"), "postcode keeps its leading zero");
        assertTrue(robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Loaded customers.csv: 250 rows"));
        assertEquals(List.of(), app.dialogs.shown);
    }

    @SuppressWarnings("unchecked")
    @Test
    void loadButtonLoadsTheSelectedDataset(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.clickOn(robot.lookup(".tree-cell").lookup((javafx.scene.control.TreeCell<?> c) ->
                c.getText() != null && c.getText().startsWith("products.csv")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#loadButton");
        app.awaitIdle();

        assertEquals("products.csv", robot.lookup("#tableTitle").queryLabeled().getText());
        assertTrue(robot.lookup("#summaryLabel").queryLabeled().getText().startsWith("20 rows × 3 columns"));
        assertEquals(3, robot.lookup("#previewTable").queryAs(TableView.class).getColumns().size());
    }
}
