package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.chart.ScatterCanvas;
import io.safesegment.ui.common.chart.ScatterData;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Segments charts at the default window size (1280 × 820) in English and Chinese: "Score k" only suggests a k
 * until "Use k = N" is clicked, the X/Y pickers and the seed show their values, the legend covers no plotted point,
 * and two runs with the same seed give the same segment numbers and colours.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentsChartLayoutTest {
    private static final int CUSTOMERS = 800;

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        stage.setMaximized(false);
        stage.setWidth(1280);
        stage.setHeight(820);
        app = GuiFixture.start(home, stage, folder -> SegmentSamples.write(folder, CUSTOMERS));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void awaitIdle() throws Exception {
        app.awaitIdle(Duration.ofSeconds(120));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    @Test
    void scoreKSuggestsPickersShowValuesLegendStaysOffThePointsAndNumbersRepeat(FxRobot robot) throws Exception {
        awaitIdle();
        SegmentsViewModel model = app.context.segments();
        robot.clickOn("#navSegments");
        awaitIdle();

        // Score k: the spinner keeps the user's k; the suggestion waits behind "Use k = N".
        robot.interact(() -> model.settings().kProperty().set(7));
        robot.clickOn("#chooseKButton");
        awaitIdle();
        assertNotNull(model.scoring().kRangeProperty().get(), "k scan finished: " + app.dialogs.shown);
        int suggested = model.scoring().suggestedKProperty().get();
        assertEquals(model.scoring().kRangeProperty().get().suggestedK(), suggested);
        assertEquals(7, model.settings().kProperty().get(), "Score k left k alone");
        Button useK = robot.lookup("#useKButton").queryAs(Button.class);
        assertTrue(useK.isVisible());
        assertEquals("Use k = " + suggested, useK.getText());
        robot.clickOn(useK);
        assertEquals(suggested, model.settings().kProperty().get(), "k changes once the user takes the suggestion");

        robot.clickOn("#runButton");
        awaitIdle();
        assertEquals(List.of(), app.dialogs.shown);
        ClusteringRun first = model.runProperty().get();
        assertPickersAndSeedShowTheirValues(robot, "PC1", "PC2");
        assertLegendCoversNoPoint(robot, suggested);

        // Same seed, same settings: the same customers get the same numbers, names and colours.
        robot.clickOn("#runButton");
        awaitIdle();
        ClusteringRun second = model.runProperty().get();
        assertFalse(first.id().equals(second.id()), "a second run");
        assertArrayEquals(first.labels(), second.labels());
        assertEquals(first.segmentNames(), second.segmentNames());
        assertArrayEquals(first.labels(), model.scatter().scatterProperty().get().labels(), "colours follow the numbers");
        for (int c = 1; c < second.k(); c++) {
            assertTrue(second.sizes()[c - 1] >= second.sizes()[c], "segment 1 is the largest");
        }

        // Chinese rebuilds the view: the pickers still show their values, the legend still stays off the points.
        robot.interact(() -> app.window.switchLanguage(I18n.CHINESE));
        awaitIdle();
        robot.interact(() -> model.scatter().xAxisProperty().set("recency_days"));
        awaitIdle();
        assertPickersAndSeedShowTheirValues(robot, "recency_days", "PC2");
        assertLegendCoversNoPoint(robot, suggested);
        screenshot(robot, "segments-scatter-zh.png");
    }

    /** The window as the docs show it (bin/update-screenshots copies target/screenshots/ into docs/). */
    private void screenshot(FxRobot robot, String name) throws Exception {
        robot.interact(() -> robot.lookup("#scatter").queryAs(ScatterCanvas.class).finishRendering());
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(app.window.scene().snapshot(null)));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(), null), "png", png);
        io.safesegment.core.workspace.AtomicFiles.write(Path.of(System.getProperty("basedir", "."), "target",
                "screenshots", name), png.toByteArray(), false);
        assertTrue(png.size() > 20_000, "a real window, not a blank image: " + png.size() + " bytes");
    }

    @SuppressWarnings("unchecked")
    private void assertPickersAndSeedShowTheirValues(FxRobot robot, String x, String y) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (String[] picker : new String[][] {{"#xAxisBox", x}, {"#yAxisBox", y}}) {
            ComboBox<String> box = robot.lookup(picker[0]).queryAs(ComboBox.class);
            String shown = fx(() -> {
                // The cell the skin shows on the button: the box's own button cell, or the skin's default one.
                ListCell<String> cell = box.getButtonCell() != null ? box.getButtonCell()
                        : (ListCell<String>) box.lookup(".list-cell");
                Text text = (Text) cell.lookup(".text");
                return text == null ? cell.getText() : text.getText();
            });
            assertEquals(picker[1], shown, picker[0] + " shows its value, unclipped");
            assertTrue(fx(() -> box.getWidth() >= box.prefWidth(-1) - 1), picker[0] + " keeps its width");
        }
        TextField seed = robot.lookup("#seedField").queryAs(TextField.class);
        assertEquals("42", seed.getText());
        assertTrue(fx(() -> seed.getWidth() >= seed.prefWidth(-1) - 1),
                "seed field " + seed.getWidth() + " px, needs " + seed.prefWidth(-1));
    }

    private void assertLegendCoversNoPoint(FxRobot robot, int k) throws Exception {
        ScatterCanvas scatter = robot.lookup("#scatter").queryAs(ScatterCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> scatter.renderCompleteProperty().get()));
        ScatterData data = scatter.data();
        Bounds plot = fx(scatter::plotBounds);
        Bounds legend = fx(scatter::legendBounds);
        assertTrue(legend.getWidth() > 0, "a legend is drawn");
        assertFalse(plot.intersects(legend), "plot " + plot + " vs legend " + legend);
        int covered = fx(() -> {
            int count = 0;
            for (int i = 0; i < data.x().length; i++) {
                double sx = scatter.screenX(data.x()[i]);
                double sy = scatter.screenY(data.y()[i]);
                count += legend.contains(sx, sy) || !plot.contains(sx, sy) ? 1 : 0;
            }
            return count;
        });
        assertEquals(0, covered, "points under the legend or outside the plot");
        assertEquals(k, fx(() -> scatter.drawnColourIndices().size()));
    }
}
