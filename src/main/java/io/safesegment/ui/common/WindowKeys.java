package io.safesegment.ui.common;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keys every secondary window of the app answers: Esc and Ctrl+W (Cmd+W) close it. JavaFX dialogs with a Cancel
 * or Close button already close on Esc; plain stages (the Keys window, the user guide) need this.
 */
public final class WindowKeys {
    /** Ctrl+W on Windows and Linux, Cmd+W on macOS. */
    public static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private WindowKeys() {
    }

    /**
     * Closes {@code stage} on Esc or Ctrl+W. A handler, not a filter: a control that uses Esc itself (an open
     * combo-box popup, a table cell being edited) consumes it first and the window stays open.
     */
    public static void closeOnEscape(Stage stage) {
        EventHandler<KeyEvent> handler = event -> {
            if (event.getCode() == KeyCode.ESCAPE || CLOSE.match(event)) {
                event.consume();
                stage.close();
            }
        };
        stage.addEventHandler(KeyEvent.KEY_PRESSED, handler);
    }
}
