package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.ui.shell.AppContext;
import io.safesegment.ui.shell.GuiFixture;
import io.safesegment.ui.shell.MainWindow;
import io.safesegment.ui.shell.RecordingDialogs;
import io.safesegment.ui.shell.Section;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
 * The whole privacy flow on the real main window: load customers → Privacy → detect → accept the suggestion →
 * weaken the email rule → review → blocked export naming email → fix → export writes a file without any original
 * email. Ends with a screenshot of the review for the docs.
 */
@ExtendWith(ApplicationExtension.class)
class PrivacyFlowTest {
    private static final int CUSTOMERS = 300;
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    @TempDir
    Path home;

    private RecordingDialogs dialogs;
    private GuiFixture app;
    private AppContext context;
    private MainWindow window;
    private Path samples;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = GuiFixture.start(home, stage, folder -> {
            samples = SampleCsvFiles.write(folder, 20);
            CustomerCsv.write(samples.resolve("customers.csv"), CUSTOMERS);
            return samples;
        });
        context = app.context;
        window = app.window;
        dialogs = app.dialogs;
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void awaitIdle() throws Exception {
        app.awaitIdle();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    /** Waits until the (debounced, background) review shows {@code rule} for the email column. */
    private void awaitEmailRule(String rulePrefix) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !context.privacy().review().reviewingProperty().get()
                && context.privacy().review().outcomeRows().stream().anyMatch(r -> r.column().equals("email")
                && r.rule().startsWith(rulePrefix))));
        awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> operatorBox(FxRobot robot, String column) {
        return robot.lookup(".operator-box").queryAllAs(ComboBox.class).stream()
                .filter(box -> box.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ColumnRow row && row.column().equals(column))
                .findFirst().orElseThrow();
    }

    private void chooseOperator(FxRobot robot, String column, String operator) throws Exception {
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "2  Masking policy".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> box = operatorBox(robot, column);
        robot.interact(() -> box.getSelectionModel().select(operator));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL); // Apply: the edit was a draft
        awaitIdle();
    }

    private void showReviewTab(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "3  Review and export".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void detectAcceptTweakReviewBlockFixAndExport(FxRobot robot) throws Exception {
        awaitIdle();
        Path target = home.resolve("exports").resolve("customers-masked.csv");
        dialogs.nextFile = target;

        // Empty state leads to the Data section.
        robot.clickOn("#navPrivacy");
        assertTrue(robot.lookup("#emptyState").query().isVisible());
        robot.clickOn("#goToDataButton");
        assertEquals(Section.DATA, context.shell().sectionProperty().get());
        robot.clickOn("#loadButton");
        awaitIdle();

        // Detect (F5) on the Privacy section.
        robot.clickOn("#navPrivacy");
        assertFalse(robot.lookup("#emptyState").query().isVisible());
        robot.type(KeyCode.F5);
        awaitIdle();
        TableView<ColumnRow> personal = robot.lookup("#personalTable").queryAs(TableView.class);
        assertEquals(13, personal.getItems().size());
        ColumnRow email = personal.getItems().stream().filter(r -> r.column().equals("email")).findFirst().orElseThrow();
        assertTrue(email.entitiesProperty().get().startsWith("Email"), email.entitiesProperty().get());

        // Accept the suggestion, then weaken the email rule.
        robot.clickOn("#acceptButton");
        awaitEmailRule("char-mask");
        chooseOperator(robot, "email", "keep");
        awaitEmailRule("keep");

        // The review shows original and masked values and the risk before and after.
        showReviewTab(robot);
        TableView<Integer> comparison = robot.lookup("#comparisonTable").queryAs(TableView.class);
        assertEquals(13, comparison.getColumns().size());
        assertEquals(Math.min(ReviewViewModel.PREVIEW_ROWS, CUSTOMERS), comparison.getItems().size());
        TableColumn<Integer, ?> emailGroup = comparison.getColumns().stream()
                .filter(c -> c.getText().equals("email")).findFirst().orElseThrow();
        assertEquals(emailGroup.getColumns().get(0).getCellData(0), emailGroup.getColumns().get(1).getCellData(0),
                "email is kept");
        TableColumn<Integer, ?> phoneGroup = comparison.getColumns().stream()
                .filter(c -> c.getText().equals("phone")).findFirst().orElseThrow();
        assertTrue(String.valueOf(phoneGroup.getColumns().get(1).getCellData(0)).contains("*"));
        TableView<RiskRow> risk = robot.lookup("#riskTable").queryAs(TableView.class);
        RiskRow k = risk.getItems().stream().filter(r -> r.metric().startsWith("k-anonymity")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(k.after()) >= Integer.parseInt(k.before()), k.toString());
        assertTrue(risk.getItems().stream().anyMatch(r -> r.metric().startsWith("Prosecutor risk, highest")));
        assertTrue(risk.getItems().stream().anyMatch(r -> r.metric().startsWith("t-closeness")));

        // Export is blocked and names email; nothing is written.
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        awaitIdle();
        assertEquals(List.of("save: Export masked dataset", "info: Export blocked: personal data survives in email"),
                dialogs.shown);
        assertTrue(robot.lookup("#exportMessageLabel").queryLabeled().getText().contains("email"));
        assertFalse(Files.exists(target));
        assertTrue(robot.lookup("#exportAnywayButton").queryButton().isVisible(), "'Export anyway…' is offered");

        // Fix the rule and export again.
        chooseOperator(robot, "email", "char-mask");
        awaitEmailRule("char-mask");
        showReviewTab(robot);
        robot.clickOn("#exportButton");
        awaitIdle();
        assertTrue(Files.exists(target));
        String written = Files.readString(target);
        assertEquals(CUSTOMERS + 1, written.lines().count());
        for (String line : Files.readAllLines(samples.resolve("customers.csv")).subList(1, CUSTOMERS + 1)) {
            String originalEmail = line.split(",")[2];
            assertFalse(written.contains(originalEmail), "original email survived");
        }
        assertTrue(robot.lookup("#exportMessageLabel").queryLabeled().getText().startsWith("Exported 300 masked rows"));
        assertFalse(robot.lookup("#exportAnywayButton").queryButton().isVisible(), "nothing to override any more");
        assertEquals(3, dialogs.shown.size(), "no further dialog but the second save: " + dialogs.shown);

        screenshot(robot);
    }

    private void screenshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            // The shared TestFX stage keeps whatever size earlier tests left; the docs show the default window.
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(820);
            comparisonSelectFirstRow(robot);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SCREENSHOTS.resolve("privacy-review.png"), png.toByteArray(), false);
        assertTrue(png.size() > 20_000, "a real window, not a blank image: " + png.size() + " bytes");
    }

    @SuppressWarnings("unchecked")
    private static void comparisonSelectFirstRow(FxRobot robot) {
        robot.lookup("#comparisonTable").queryAs(TableView.class).getSelectionModel().select(2);
    }
}
