package io.safesegment.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The clipping detector flags a too-narrow label and lets through what fits and cells that carry a tooltip. */
@ExtendWith(ApplicationExtension.class)
class ClippedTextSelfTest {
    private static final String LONG = "Prosecutor risk, highest in any equivalence class";

    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox();
        stage.setScene(new Scene(root, 400, 300));
        // The primary stage is shared with earlier GUI tests: the main window leaves its minimum size and width on
        // it, and the "beyond the window edge" case needs this window to be 400 wide.
        stage.setMaximized(false);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setWidth(400);
        stage.setHeight(300);
        stage.sizeToScene();
        stage.show();
    }

    private List<ClippedText.Clip> clipsOf(FxRobot robot, javafx.scene.Node... nodes) {
        AtomicReference<List<ClippedText.Clip>> clips = new AtomicReference<>();
        robot.interact(() -> {
            root.getChildren().setAll(nodes);
            clips.set(ClippedText.find(root, "self-test"));
        });
        return clips.get();
    }

    private static Label narrow(String text) {
        Label label = new Label(text);
        label.setId("narrow");
        label.setMaxWidth(60);
        return label;
    }

    @Test
    void aTooNarrowLabelIsFlaggedWithItsIdAndText(FxRobot robot) {
        List<ClippedText.Clip> clips = clipsOf(robot, narrow(LONG), new Label("Fits"));

        assertEquals(1, clips.size(), clips.toString());
        assertTrue(clips.getFirst().node().contains("#narrow"), clips.toString());
        assertEquals(LONG, clips.getFirst().text());
        assertTrue(clips.getFirst().toString().startsWith("self-test: Label#narrow"), clips.toString());
    }

    @Test
    void aWrappedLabelAndAShortLabelAreNotFlagged(FxRobot robot) {
        Label wrapped = narrow(LONG);
        wrapped.setWrapText(true);
        wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        assertEquals(List.of(), clipsOf(robot, wrapped, narrow("OK")));
    }

    @Test
    void aButtonPushedPastTheWindowEdgeIsFlagged(FxRobot robot) {
        javafx.scene.control.Button outside = new javafx.scene.control.Button("Export");
        outside.setId("outside");
        outside.setTranslateX(380);

        List<ClippedText.Clip> clips = clipsOf(robot, outside);

        assertEquals(1, clips.size(), clips.toString());
        assertTrue(clips.getFirst().shown().contains("beyond the window edge"), clips.toString());
    }

    @Test
    void aClippedCellPassesOnlyWithATooltipOfItsText(FxRobot robot) {
        ListCell<String> bare = new ListCell<>();
        bare.setText(LONG);
        bare.setMaxWidth(60);
        ListCell<String> tipped = new ListCell<>();
        tipped.setText(LONG);
        tipped.setMaxWidth(60);
        tipped.setTooltip(new Tooltip(LONG));

        List<ClippedText.Clip> clips = clipsOf(robot, bare, tipped);

        assertEquals(1, clips.size(), clips.toString());
        assertTrue(clips.getFirst().node().startsWith("ListCell"), clips.toString());
    }
}
