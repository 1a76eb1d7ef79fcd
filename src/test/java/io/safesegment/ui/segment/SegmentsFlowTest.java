package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.KRange;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.ui.common.chart.ScatterCanvas;
import io.safesegment.ui.common.chart.ScatterData;
import io.safesegment.ui.shell.AppContext;
import io.safesegment.ui.shell.GuiFixture;
import io.safesegment.ui.shell.MainWindow;
import io.safesegment.ui.shell.RecordingDialogs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Segments flow on the real main window: generated planted-segment samples → features → k scan → pick k →
 * run → scatter shows k colours and k centroids → lasso (Shift+drag on the canvas) → selected customers listed →
 * k profile rows → export assignments (one row per customer). Ends with the scatter screenshot for the docs.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentsFlowTest {
    private static final int CUSTOMERS = 1_500;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @TempDir
    Path home;

    private RecordingDialogs dialogs;
    private GuiFixture app;
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setMaximized(false);
        stage.setWidth(1440);
        stage.setHeight(900);
        app = GuiFixture.start(home, stage, folder -> SegmentSamples.write(folder, CUSTOMERS));
        context = app.context;
        window = app.window;
        dialogs = app.dialogs;
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

    @SuppressWarnings("unchecked")
    @Test
    void featuresChooseKRunLassoProfilesAndExport(FxRobot robot) throws Exception {
        awaitIdle();
        SegmentsViewModel model = context.segments();
        Path assignments = home.resolve("exports").resolve("assignments.csv");
        dialogs.nextFile = assignments;

        // Features: the default behavioural set is offered and checked.
        robot.clickOn("#navSegments");
        awaitIdle();
        TableView<FeatureRow> featureTable = robot.lookup("#featureTable").queryAs(TableView.class);
        List<String> checked = fx(() -> featureTable.getItems().stream().filter(r -> r.selectedProperty().get())
                .map(FeatureRow::name).toList());
        assertEquals(List.of("order_count", "avg_spend", "recency_days", "tenure_days"), checked);
        assertTrue(featureTable.getItems().size() > checked.size(), "more features are offered than checked");

        // Choose k: scores for k = 2..10, a suggestion, then the user picks k on the spinner.
        robot.clickOn("#chooseKButton");
        awaitIdle();
        KRange.Result scan = model.scoring().kRangeProperty().get();
        assertNotNull(scan, "k scan finished: " + dialogs.shown);
        assertEquals(9, scan.scores().size());
        assertEquals(scan.suggestedK(), model.scoring().suggestedKProperty().get());
        robot.clickOn("#useKButton");
        assertEquals(scan.suggestedK(), model.settings().kProperty().get());
        int k = 5;
        Spinner<Integer> kSpinner = robot.lookup("#kSpinner").queryAs(Spinner.class);
        robot.interact(() -> kSpinner.getValueFactory().setValue(k));
        assertEquals(k, model.settings().kProperty().get());

        // Run (Ctrl+R): the scatter shows k colours and k centroids.
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        awaitIdle();
        assertEquals(List.of(), dialogs.shown);
        ScatterCanvas scatter = robot.lookup("#scatter").queryAs(ScatterCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> scatter.renderCompleteProperty().get()));
        ScatterData data = scatter.data();
        assertEquals(CUSTOMERS, data.x().length);
        assertEquals(k, fx(() -> scatter.drawnColourIndices().size()));
        assertEquals(k, fx(scatter::drawnCentroidCount));

        // Lasso: Shift+drag a square around the first segment's centroid selects customers.
        double cx = data.centroidsX()[0];
        double cy = data.centroidsY()[0];
        List<Point2D> corners = fx(() -> List.of(corner(scatter, cx, cy, -40, -40), corner(scatter, cx, cy, 40, -40),
                corner(scatter, cx, cy, 40, 40), corner(scatter, cx, cy, -40, 40)));
        robot.moveTo(corners.get(0)).press(KeyCode.SHIFT).press(MouseButton.PRIMARY);
        for (Point2D p : corners.subList(1, 4)) {
            robot.moveTo(p);
        }
        robot.release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        int[] lassoed = scatter.selectionProperty().get();
        assertTrue(lassoed.length > 0, "the lasso selected points");
        TableView<SelectedCustomer> selectedTable = robot.lookup("#selectedTable").queryAs(TableView.class);
        assertEquals(lassoed.length, selectedTable.getItems().size());
        assertTrue(selectedTable.getItems().getFirst().customerId().startsWith("C"));

        // Hovering a point finds it through the spatial grid.
        int probe = lassoed[0];
        Point2D probeAt = fx(() -> scatter.canvas().localToScreen(scatter.screenX(data.x()[probe]),
                scatter.screenY(data.y()[probe])));
        robot.moveTo(probeAt);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.hoveredProperty().get() >= 0, "hover found a point");

        // Profiles: one row per segment.
        TableView<ProfileRow> profiles = robot.lookup("#profileTable").queryAs(TableView.class);
        assertEquals(k, profiles.getItems().size());
        List<String> headers = fx(() -> profiles.getColumns().stream().map(c -> c.getText()).toList());
        assertTrue(headers.containsAll(List.of("order_count (orders)", "avg_spend (spend)", "recency_days (days)",
                "tenure_days (days)")), "profile columns name their original units: " + headers);
        String summary = robot.lookup("#runSummaryLabel").queryAs(Label.class).getText();
        assertTrue(summary.contains("order_count counts distinct orders"), summary);
        assertTrue(summary.contains("0 lines without customer id, 0 without amount"), summary);

        // Export assignments (Ctrl+Shift+E): one row per customer.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        awaitIdle();
        assertTrue(Files.exists(assignments), "assignments written: " + dialogs.shown);
        List<String> lines = Files.readAllLines(assignments);
        assertEquals("customer_id,segment,segment_name", lines.getFirst());
        assertEquals(CUSTOMERS + 1, lines.size());
        assertEquals(CUSTOMERS, lines.stream().skip(1).map(l -> l.split(",")[0]).distinct().count());
        assertFalse(model.history().runs().isEmpty(), "the run is saved in the workspace");

        screenshot(robot, scatter);
    }

    private static Point2D corner(ScatterCanvas scatter, double cx, double cy, double dx, double dy) {
        return scatter.canvas().localToScreen(scatter.screenX(cx) + dx, scatter.screenY(cy) + dy);
    }

    private void screenshot(FxRobot robot, ScatterCanvas scatter) throws Exception {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(scatter::finishRendering);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SCREENSHOTS.resolve("segments-scatter.png"), png.toByteArray(), false);
        assertTrue(png.size() > 20_000, "a real window, not a blank image: " + png.size() + " bytes");
    }
}
