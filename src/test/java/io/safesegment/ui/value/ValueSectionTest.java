package io.safesegment.ui.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Value section on the real main window with the first customers of the bundled samples as the demo workspace:
 * fit CLV with a hold-out check (parameter table, hold-out and histogram charts, top and lapsed lists), then compare
 * two intent models (one table row each, ROC and calibration curves with a series per model).
 */
@ExtendWith(ApplicationExtension.class)
class ValueSectionTest {
    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        app = GuiFixture.start(home, stage, ValueSamples::write);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void fitsClvAndComparesIntentModels(FxRobot robot) throws Exception {
        robot.clickOn("#navValue");
        Path samples = home.resolve("samples");
        robot.interact(() -> {
            // the demo workspace's datasets are preselected when it has them; the files themselves otherwise
            TextField c = robot.lookup("#customersField").queryAs(TextField.class);
            TextField t = robot.lookup("#transactionsField").queryAs(TextField.class);
            if (t.getText().isBlank()) {
                t.setText(samples.resolve("transactions.csv").toString());
            }
            if (c.getText().isBlank()) {
                c.setText(samples.resolve("customers.csv").toString());
            }
        });
        robot.clickOn("#calibrationField").write("2025-06-30");
        robot.clickOn("#fitButton");
        app.awaitIdle(Duration.ofSeconds(180));
        assertEquals(List.of(), app.dialogs.errors);
        assertTrue(robot.lookup("#parameterTable").queryAs(TableView.class).getItems().size() >= 5);
        assertFalse(robot.lookup("#topTable").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(2, robot.lookup("#holdoutChart").queryAs(ValueChart.class).series().size());
        assertTrue(robot.lookup("#holdoutChart").queryAs(ValueChart.class).series().get(0).x().length > 0);
        assertEquals(1, robot.lookup("#histogramChart").queryAs(ValueChart.class).series().size());
        assertTrue(app.context.value().clv().summaryProperty().get().contains("customers"));

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> {
            robot.lookup("#gbmBox").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#foldsField").queryAs(TextField.class).setText("3");
        });
        robot.clickOn("#evaluateButton");
        app.awaitIdle(Duration.ofSeconds(180));
        assertEquals(List.of(), app.dialogs.errors);
        assertEquals(2, robot.lookup("#modelTable").queryAs(TableView.class).getItems().size());
        assertEquals(3, robot.lookup("#rocChart").queryAs(ValueChart.class).series().size(), "chance + 2 models");
        assertEquals(3, robot.lookup("#calibrationChart").queryAs(ValueChart.class).series().size());
    }
}
