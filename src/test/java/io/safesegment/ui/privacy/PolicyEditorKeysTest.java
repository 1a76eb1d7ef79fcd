package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.workspace.SampleCsvFiles;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.shell.GuiFixture;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The policy editor's keys on the real window: arrow keys in the rows and in an operator list only edit the draft
 * (no revision, no re-mask), Ctrl+Z / Ctrl+Y walk the edits, Ctrl+S saves exactly one revision, Escape reverts the
 * parameters text being typed, the dirty marker follows the draft, and the check column carries its full text in a
 * tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class PolicyEditorKeysTest {
    @TempDir
    Path home;

    private GuiFixture app;
    private PrivacyViewModel m;

    @Start
    void start(Stage stage) throws Exception {
        app = GuiFixture.start(home, stage, folder -> {
            Path samples = SampleCsvFiles.write(folder, 20);
            CustomerCsv.write(samples.resolve("customers.csv"), 120);
            return samples;
        });
        m = app.context.privacy();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    private int savedRevision() throws Exception {
        return fx(() -> PolicyJson.read(m.policyFile()).revision());
    }

    private ColumnRow row(String column) {
        return m.editor().columns().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow();
    }

    private static <N extends Node> N inRow(FxRobot robot, String selector, Class<N> type, String column) {
        return robot.lookup(selector).queryAllAs(type).stream()
                .filter(n -> n.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ColumnRow row && row.column().equals(column))
                .findFirst().orElseThrow();
    }

    private void ctrl(FxRobot robot, KeyCode key) throws Exception {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        app.awaitIdle();
    }

    private boolean dirtyMarkerShown(FxRobot robot) {
        return robot.lookup("#dirtyMarker").query().isVisible();
    }

    @SuppressWarnings("unchecked")
    @Test
    void keysEditTheDraftAndOnlyCtrlSSavesARevision(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.clickOn("#navPrivacy");
        robot.clickOn("#goToDataButton");
        robot.clickOn("#loadButton");
        app.awaitIdle();
        robot.clickOn("#navPrivacy");
        robot.type(KeyCode.F5);
        app.awaitIdle();
        robot.clickOn("#acceptButton");
        app.awaitIdle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> m.review().reviewProperty().get() != null
                && !m.review().reviewingProperty().get()));
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "2  Masking policy".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        int revision = savedRevision();
        MaskingPolicy applied = m.policyProperty().get();
        Object review = m.review().reviewProperty().get();
        assertFalse(dirtyMarkerShown(robot));

        // Arrow keys through the rows: only the selection moves.
        TableView<ColumnRow> table = robot.lookup("#policyTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
            table.getFocusModel().focus(0);
        });
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
        }
        app.awaitIdle();
        assertEquals(table.getItems().get(4), m.editor().selectedProperty().get(), "the form follows the rows");
        assertFalse(m.editor().dirtyProperty().get(), "browsing edits nothing");
        assertFalse(dirtyMarkerShown(robot));

        // Arrow keys in an operator list: each step is a draft edit, never a save or a re-mask.
        ComboBox<String> phone = inRow(robot, ".operator-box", ComboBox.class, "phone");
        String original = fx(() -> row("phone").operatorProperty().get());
        robot.interact(phone::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        app.awaitIdle();
        String third = fx(() -> row("phone").operatorProperty().get());
        assertNotEquals(original, third);
        assertEquals(revision, savedRevision(), "arrow keys never save");
        assertSame(applied, m.policyProperty().get());
        assertSame(review, m.review().reviewProperty().get(), "arrow keys never re-mask");
        assertTrue(dirtyMarkerShown(robot), "the dirty marker shows unapplied edits");

        // Ctrl+Z three times walks back to the applied rule; Ctrl+Y redoes one step.
        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        ctrl(robot, KeyCode.Z);
        assertEquals(original, fx(() -> row("phone").operatorProperty().get()));
        assertFalse(dirtyMarkerShown(robot), "back at the applied policy");
        ctrl(robot, KeyCode.Y);
        String first = fx(() -> row("phone").operatorProperty().get());
        assertNotEquals(original, first);
        assertEquals(first, phone.getValue(), "the list shows the redone operator");
        assertTrue(dirtyMarkerShown(robot));
        assertEquals(revision, savedRevision());

        ctrl(robot, KeyCode.Z);
        assertFalse(dirtyMarkerShown(robot));

        // A valid edit typed into the parameters cell (Enter commits it to the draft) ...
        TextField phoneParams = inRow(robot, ".params-field", TextField.class, "phone");
        robot.clickOn(phoneParams);
        robot.interact(phoneParams::selectAll);
        robot.write("keepFirst=2").type(KeyCode.ENTER);
        app.awaitIdle();
        assertTrue(dirtyMarkerShown(robot));
        assertEquals(revision, savedRevision());
        // ... and Ctrl+S saves exactly one revision, kept in the history too.
        ctrl(robot, KeyCode.S);
        assertEquals(revision + 1, savedRevision());
        assertEquals("2", String.valueOf(m.policyProperty().get().rules().stream()
                .filter(r -> r.column().equals("phone")).findFirst().orElseThrow().params().get("keepFirst")));
        assertFalse(dirtyMarkerShown(robot));
        ctrl(robot, KeyCode.S);
        assertEquals(revision + 1, savedRevision(), "nothing new to save");
        Path workspace = m.policyFile().getParent().getParent();
        assertNotNull(PrivacyService.findPolicy(workspace, applied.id(), revision));

        // Escape reverts the parameters text being typed; nothing is committed.
        String params = fx(() -> row("email").paramsProperty().get());
        TextField emailParams = inRow(robot, ".params-field", TextField.class, "email");
        robot.clickOn(emailParams);
        robot.write("xyz=1");
        assertTrue(emailParams.getText().contains("xyz=1"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(params, emailParams.getText(), "Escape shows the row's value again");
        assertEquals(params, fx(() -> row("email").paramsProperty().get()));
        assertFalse(m.editor().dirtyProperty().get(), "the reverted text never became an edit");
        robot.interact(table::requestFocus); // leaving the field commits nothing after the revert
        app.awaitIdle();
        assertFalse(m.editor().dirtyProperty().get());

        // An invalid rule: the check cell shows the problem with its full text in a tooltip.
        robot.interact(() -> {
            row("birth_date").operatorProperty().set("generalise-date");
            row("birth_date").paramsProperty().set("level=DECADE");
        });
        WaitForAsyncUtils.waitForFxEvents();
        String problem = fx(() -> row("birth_date").problemProperty().get());
        assertTrue(problem.contains("birth_date") && problem.contains("level"), problem);
        String checkTitle = I18n.i18n("privacy.col.problem");
        TableCell<?, ?> check = robot.lookup("#policyTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && checkTitle.equals(c.getTableColumn().getText())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof ColumnRow r
                        && r.column().equals("birth_date"))
                .findFirst().orElseThrow();
        assertNotNull(check.getTooltip(), "a problem cell carries a tooltip");
        assertEquals(problem, check.getTooltip().getText());
        assertEquals(revision + 1, savedRevision(), "an invalid edit is never saved");
    }
}
