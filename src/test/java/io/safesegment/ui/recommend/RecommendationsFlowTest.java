package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.eval.Metrics;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.ui.shell.AppContext;
import io.safesegment.ui.shell.GuiFixture;
import io.safesegment.ui.shell.MainWindow;
import io.safesegment.ui.shell.RecordingDialogs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Recommendations flow on the real main window: generated samples with planted co-purchase bundles (installed
 * as the demo workspace) → build interactions with RFM segments → train popularity and item-kNN → evaluation table
 * with one row per model (item-kNN beats popularity) and rows per segment, saved as a run → preview of both models
 * side by side for one customer and for one segment. Ends with the screenshot for the docs.
 */
@ExtendWith(ApplicationExtension.class)
class RecommendationsFlowTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final int N = 5;

    @TempDir
    Path home;

    private RecordingDialogs dialogs;
    private GuiFixture app;
    private AppContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        stage.setMaximized(false);
        stage.setWidth(1440);
        stage.setHeight(900);
        app = GuiFixture.start(home, stage, RecommendSamples::write);
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

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @SuppressWarnings("unchecked")
    @Test
    void sampleInteractionsTwoModelsEvaluationPreviewAndComparison(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#navRecommendations");
        awaitIdle();

        // 1. Interactions from the demo workspace's sample files, RFM segments by default.
        assertEquals("transactions.csv", robot.lookup("#transactionsBox").queryAs(ComboBox.class).getValue());
        assertEquals("products.csv", robot.lookup("#productsBox").queryAs(ComboBox.class).getValue());
        robot.clickOn("#buildButton");
        awaitIdle();
        assertEquals(List.of(), dialogs.shown);
        String summary = robot.lookup("#dataSummaryLabel").queryAs(Label.class).getText();
        assertTrue(summary.startsWith(RecommendSamples.CUSTOMERS + " customers"), summary);

        // 2. Train the two preselected models.
        selectTab(robot, 1);
        TableView<ModelChoice> models = robot.lookup("#modelTable").queryAs(TableView.class);
        assertEquals(List.of("popularity", "itemknn"), models.getItems().stream()
                .filter(m -> m.selectedProperty().get()).map(ModelChoice::name).toList());
        assertFalse(models.getItems().stream().anyMatch(m -> m.name().equals("mf")), "mf is for ratings only");
        robot.clickOn("#trainButton");
        awaitIdle();
        TableView<TrainedModel> trained = robot.lookup("#trainedTable").queryAs(TableView.class);
        assertEquals(List.of("popularity", "itemknn"), trained.getItems().stream().map(TrainedModel::name).toList());

        // 3. Evaluate with 2 folds: one row per model, rows per segment, a saved run.
        selectTab(robot, 2);
        Spinner<Integer> folds = robot.lookup("#foldsSpinner").queryAs(Spinner.class);
        robot.interact(() -> folds.getValueFactory().setValue(2));
        robot.clickOn("#evaluateButton");
        awaitIdle();
        assertEquals(List.of(), dialogs.shown);
        TableView<MetricRow> overall = robot.lookup("#overallTable").queryAs(TableView.class);
        assertEquals(List.of("popularity", "itemknn"), overall.getItems().stream().map(MetricRow::model).toList());
        for (MetricRow row : overall.getItems()) {
            Metrics m = row.metrics();
            for (double v : new double[] {m.precision(), m.recall(), m.ndcg(), m.map(), m.hitRate(), m.coverage(),
                    m.diversity()}) {
                assertTrue(v >= 0 && v <= 1, row.model() + " " + m);
            }
            assertTrue(m.users() > 0 && m.novelty() > 0 && m.popularityRank() >= 1, m.toString());
        }
        double popHits = overall.getItems().get(0).metrics().hitRate();
        double knnHits = overall.getItems().get(1).metrics().hitRate();
        assertTrue(knnHits > popHits, "planted bundles: itemknn " + knnHits + " vs popularity " + popHits);
        TableView<MetricRow> bySegment = robot.lookup("#segmentTable").queryAs(TableView.class);
        assertTrue(bySegment.getItems().size() >= 4, "two models × at least two RFM segments");
        assertEquals(1, robot.lookup("#runList").queryAs(ListView.class).getItems().size());
        screenshot(robot, "recommendations-evaluation.png");

        // 4. Preview for one customer found by search: both models side by side.
        selectTab(robot, 3);
        robot.clickOn("#customerSearch").write("0000042");
        ComboBox<String> customers = robot.lookup("#customerBox").queryAs(ComboBox.class);
        assertEquals(List.of("C0000042"), List.copyOf(customers.getItems()));
        robot.interact(() -> {
            customers.getSelectionModel().select(0);
            robot.lookup("#nSpinner").queryAs(Spinner.class).getValueFactory().setValue(N);
        });
        robot.clickOn("#previewButton");
        awaitIdle();
        assertPreview(robot, "popularity for C0000042", "itemknn for C0000042");
        screenshot(robot, "recommendations-preview.png");

        // 5. Preview for one segment.
        robot.interact(() -> robot.lookup("#targetBox").queryAs(ComboBox.class)
                .setValue(PreviewState.Target.SEGMENT));
        String segment = (String) robot.lookup("#segmentBox").queryAs(ComboBox.class).getValue();
        robot.clickOn("#previewButton");
        awaitIdle();
        assertPreview(robot, "popularity for segment " + segment, "itemknn for segment " + segment);
        assertEquals(List.of(), dialogs.shown);
    }

    @SuppressWarnings("unchecked")
    private static void assertPreview(FxRobot robot, String headA, String headB) {
        for (String side : List.of("A", "B")) {
            TableView<RecommendedItem> table = robot.lookup("#previewTable" + side).queryAs(TableView.class);
            assertEquals(N, table.getItems().size(), side);
            for (RecommendedItem item : table.getItems()) {
                assertFalse(item.explanation().isBlank(), item.toString());
                assertFalse(item.name().isBlank(), item.toString());
            }
            String head = robot.lookup("#summary" + side + "Label").queryAs(Label.class).getText();
            assertTrue(head.startsWith(side.equals("A") ? headA : headB), head);
        }
    }

    private void screenshot(FxRobot robot, String fileName) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SCREENSHOTS.resolve(fileName), png.toByteArray(), false);
        assertTrue(png.size() > 20_000, "a real window, not a blank image: " + png.size() + " bytes");
    }
}
