package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import io.safesegment.ui.shell.GuiFixture;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import tech.tablesaw.api.StringColumn;

/** The Data section end to end in the real main window: import, override, clean, undo, join, export. */
@ExtendWith(ApplicationExtension.class)
class DataFlowTest {
    private static final Path SCREENSHOT = Path.of(System.getProperty("basedir", "."), "target", "screenshots",
            "data-section.png");

    @TempDir
    Path home;

    private GuiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1440);
        stage.setHeight(900);
        app = GuiFixture.start(home, stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private DataViewModel data() {
        return app.context.data();
    }

    /** An import opens the role-mapping panel; these tests leave the roles as suggested (Esc cancels). */
    private void closeRolePanel(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "the panel opens after an import");
        robot.type(KeyCode.ESCAPE);
        app.awaitIdle();
        assertFalse(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "Esc closes it");
    }

    @SuppressWarnings("unchecked")
    @Test
    void importThroughTheFileDialogWithATypeOverride(FxRobot robot) throws Exception {
        app.awaitIdle();
        Path file = Files.writeString(home.resolve("members.csv"), "member,area,note\n7,01234,a\n8,04711,b\n",
                StandardCharsets.UTF_8);
        app.dialogs.nextFile = file;
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<List<String>> rows = robot.lookup("#rowsTable").queryAs(TableView.class);
        assertEquals(2, rows.getItems().size());
        ComboBox<ColumnType> member = robot.lookup("#type-member").queryAs(ComboBox.class);
        assertEquals(ColumnType.INTEGER, member.getValue());
        assertEquals(ColumnType.TEXT, robot.lookup("#type-area").queryAs(ComboBox.class).getValue(),
                "leading zeros are detected as text");
        robot.interact(() -> member.setValue(ColumnType.TEXT));
        robot.clickOn("#importLoadButton");
        app.awaitIdle();
        closeRolePanel(robot);

        assertEquals("members.csv", robot.lookup("#tableTitle").queryLabeled().getText());
        assertTrue(data().tableProperty().get().column("member") instanceof StringColumn);
        assertEquals("01234", data().tableProperty().get().getString(0, "area"));
        assertTrue(data().datasets().stream().anyMatch(d -> d.name().equals("members.csv")));
        assertEquals(List.of(), messagesShown());
    }

    @SuppressWarnings("unchecked")
    @Test
    void dropCleanUndoJoinAndExport(FxRobot robot) throws Exception {
        app.awaitIdle();
        Path notes = Files.writeString(home.resolve("notes.csv"),
                "customer_id,note\nC00001,=cmd|' /C calc'!A0\nC00002,call back\nC00999,unknown customer\n");
        // The drop handler receives the dragboard's file list; a real OS drag cannot be simulated under Xvfb.
        robot.interact(() -> assertTrue(data().datasetList().importDropped(List.of(home.toFile(), notes.toFile()))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importLoadButton");
        app.awaitIdle();
        closeRolePanel(robot);
        assertEquals(3, data().tableProperty().get().rowCount());

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.clickOn("#addStepButton").clickOn("Normalise text");
        ComboBox<String> column = robot.lookup("#stepColumn").queryAs(ComboBox.class);
        robot.interact(() -> column.setValue("note"));
        robot.interact(() -> robot.lookup("#stepCase").queryAs(ComboBox.class).getSelectionModel().select(2));
        robot.clickOn("OK");
        app.awaitIdle();
        ListView<?> steps = robot.lookup("#stepList").queryAs(ListView.class);
        assertEquals(1, steps.getItems().size());
        assertEquals("CALL BACK", data().tableProperty().get().getString(1, "note"));

        robot.clickOn(steps).press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.awaitIdle();
        assertEquals(0, steps.getItems().size());
        assertEquals("call back", data().tableProperty().get().getString(1, "note"));

        robot.clickOn("#joinButton");
        ComboBox<DatasetItem> other = robot.lookup("#otherBox").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#leftKeyBox").queryAs(ComboBox.class).setValue("customer_id");
            other.setValue(other.getItems().stream().filter(d -> d.name().equals("customers.csv")).findFirst()
                    .orElseThrow());
        });
        app.awaitIdle();
        robot.clickOn("#runJoinButton");
        app.awaitIdle();
        String report = robot.lookup("#reportLabel").queryAs(Label.class).getText();
        assertTrue(report.contains("Matched left rows: 2") && report.contains("unmatched left: 1"), report);
        robot.clickOn("Close");
        assertTrue(data().datasets().stream().anyMatch(d -> d.name().equals("notes.csv ⋈ customers.csv")));

        Path out = home.resolve("export").resolve("notes-clean.csv");
        Files.createDirectories(out.getParent());
        app.dialogs.nextFile = out;
        robot.clickOn("#exportButton");
        assertFalse(robot.lookup("#formulaWarning").queryAs(Label.class).isVisible());
        robot.clickOn("OK");
        app.awaitIdle();
        String written = Files.readString(out);
        assertTrue(written.contains("'=cmd"), written);
        assertTrue(Files.readString(notes).contains("\n" + "C00001,=cmd|"), "the input is untouched");
        assertEquals(List.of(), messagesShown());
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonImportShowsThePreviewWithTypeBoxesButNoDelimiterSettings(FxRobot robot) throws Exception {
        app.awaitIdle();
        Path file = Files.writeString(home.resolve("visits.json"),
                "[{\"member\":\"M1\",\"visits\":3},{\"member\":\"M2\",\"visits\":5}]", StandardCharsets.UTF_8);
        app.dialogs.nextFile = file;
        robot.clickOn("#importButton");
        app.awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#formatBar").query().isVisible(), "JSON has no delimiter or encoding to choose");
        TableView<List<String>> rows = robot.lookup("#rowsTable").queryAs(TableView.class);
        assertEquals(2, rows.getItems().size());
        ComboBox<ColumnType> visits = robot.lookup("#type-visits").queryAs(ComboBox.class);
        assertEquals(ColumnType.INTEGER, visits.getValue());
        robot.interact(() -> visits.setValue(ColumnType.DECIMAL));
        robot.clickOn("#importLoadButton");
        app.awaitIdle();
        closeRolePanel(robot);

        assertEquals("visits.json", robot.lookup("#tableTitle").queryLabeled().getText());
        assertTrue(data().tableProperty().get().column("visits") instanceof tech.tablesaw.api.DoubleColumn);
        assertEquals(List.of(), messagesShown());
    }

    @SuppressWarnings("unchecked")
    @Test
    void columnHeadersShowTheTypeAndTheDetectedRole(FxRobot robot) throws Exception {
        app.awaitIdle();
        Path file = Files.writeString(home.resolve("contacts.csv"),
                "email,visits\nann@example.com,3\nbo@example.org,5\ncy@example.net,8\n", StandardCharsets.UTF_8);
        app.dialogs.nextFile = file;
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importLoadButton");
        app.awaitIdle();
        closeRolePanel(robot);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Integer> table = robot.lookup("#previewTable").queryAs(TableView.class);
        Label email = (Label) table.getColumns().stream().filter(c -> "email".equals(c.getUserData())).findFirst()
                .orElseThrow().getGraphic();
        assertEquals("text · direct identifier", email.getText());
        Label visits = (Label) table.getColumns().stream().filter(c -> "visits".equals(c.getUserData())).findFirst()
                .orElseThrow().getGraphic();
        assertEquals("integer", visits.getText(), "a column of no privacy interest shows only its type");
        assertEquals(List.of(), messagesShown());
    }

    @SuppressWarnings("unchecked")
    @Test
    void screenshotOfTheBrowserAndProfile(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> data().loadSelected());
        app.awaitIdle();
        robot.interact(() -> data().browse().sortBy("income", false));
        app.awaitIdle();
        TableView<Integer> table = robot.lookup("#previewTable").queryAs(TableView.class);
        int first = table.getItems().getFirst();
        assertEquals(data().tableProperty().get().numberColumn("income").max(),
                data().tableProperty().get().numberColumn("income").getDouble(first), 1e-9);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        app.awaitIdle();
        assertNotNull(data().profile().profileProperty().get());
        assertTrue(robot.lookup("#profileSummary").queryAs(Label.class).getText().startsWith("250 rows"));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(app.window.scene().snapshot(null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        Files.createDirectories(SCREENSHOT.getParent());
        ImageIO.write(buffered, "png", SCREENSHOT.toFile());
        assertTrue(Files.size(SCREENSHOT) > 10_000);
    }

    /** Dialogs other than the file choosers (which the recording fake lists too): errors, notices, questions. */
    private List<String> messagesShown() {
        return app.dialogs.shown.stream().filter(s -> !s.startsWith("open: ") && !s.startsWith("save: ")).toList();
    }
}
