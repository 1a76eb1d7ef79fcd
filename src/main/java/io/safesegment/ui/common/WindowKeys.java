package io.safesegment.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
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
     * Closes {@code stage} on Esc or Ctrl+W. A filter, because lists and tables consume Esc themselves (to cancel an
     * edit nobody started); a cell that is really being edited keeps its Esc. Popups (combo-box lists, context menus)
     * are windows of their own, so their Esc never reaches this filter.
     */
    public static void closeOnEscape(Stage stage) {
        EventHandler<KeyEvent> filter = event -> {
            boolean escape = event.getCode() == KeyCode.ESCAPE;
            if ((escape || CLOSE.match(event)) && !(escape && editing(event.getTarget()))) {
                event.consume();
                stage.close();
            }
        };
        stage.addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    private static boolean editing(Object target) {
        return target instanceof TableView<?> table && table.getEditingCell() != null
                || target instanceof ListView<?> list && list.getEditingIndex() >= 0
                || target instanceof TreeView<?> tree && tree.getEditingItem() != null
                || target instanceof Node node && node.getParent() != null && editingCell(node);
    }

    private static boolean editingCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> cell && cell.isEditing()) {
                return true;
            }
        }
        return false;
    }
}
