package io.safesegment.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds visible {@link Labeled} nodes whose skin shows less than their text (JavaFX replaces the cut-off end by
 * the ellipsis). The skin draws the text in a {@code LabeledText} node (style class {@code text}); when it does not
 * fit, that node's text differs from {@link Labeled#getText()}. Table, list and tree cells are exempt when they
 * carry a tooltip with the full text, so a long value stays readable without widening the column.
 */
final class ClippedText {
    private ClippedText() {
    }

    /** One clipped node: where it is, what it is and the text it should show. */
    record Clip(String where, String node, String text, String shown) {
        @Override
        public String toString() {
            return where + ": " + node + " shows \"" + shown + "\" of \"" + text + "\"";
        }
    }

    /** The clipped labels under {@code root} (call on the FX thread, after layout). */
    static List<Clip> find(Parent root, String where) {
        root.applyCss();
        root.layout();
        List<Clip> clips = new ArrayList<>();
        collect(root, where, clips, false);
        return clips;
    }

    private static void collect(Node node, String where, List<Clip> clips, boolean scrolled) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, where, clips);
            if (!scrolled) {
                checkInsideWindow(labeled, where, clips);
            }
        }
        // Inside a scroll pane, a table or a list a node may lie outside the window: the user scrolls to it.
        boolean scrolling = scrolled || node instanceof ScrollPane || node instanceof VirtualFlow<?>
                || node instanceof TableView<?> || node instanceof TreeTableView<?> || node instanceof ListView<?>
                || node instanceof TreeView<?> || node.getStyleClass().contains("tab-header-area");
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, clips, scrolling);
            }
        }
    }

    /** A label, button or picker pushed past the window's right or bottom edge is cut off without an ellipsis. */
    private static void checkInsideWindow(Labeled labeled, String where, List<Clip> clips) {
        if (labeled.getScene() == null || labeled.getWidth() <= 0) {
            return;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        Scene scene = labeled.getScene();
        if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1) {
            String text = labeled.getText() == null ? "" : labeled.getText();
            clips.add(new Clip(where, describe(labeled), text, "(beyond the window edge at x="
                    + Math.round(bounds.getMaxX()) + ", y=" + Math.round(bounds.getMaxY()) + ")"));
        }
    }

    private static void check(Labeled labeled, String where, List<Clip> clips) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0
                || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Text shown = skinText(labeled, labeled);
        if (shown == null || !isClipped(labeled, full, shown.getText() == null ? "" : shown.getText())) {
            return;
        }
        if (labeled instanceof IndexedCell<?> && hasFullTooltip(labeled, full)) {
            return;
        }
        clips.add(new Clip(where, describe(labeled), full, shown.getText()));
    }

    /** True when the skin shows an ellipsis or a shortened text (mnemonic underscores aside). */
    static boolean isClipped(Labeled labeled, String full, String shown) {
        if (shown.equals(full) || labeled.isMnemonicParsing() && shown.equals(full.replaceFirst("_", ""))) {
            return false;
        }
        String ellipsis = labeled.getEllipsisString();
        return shown.isEmpty() || shown.endsWith("…") || shown.endsWith("...")
                || !ellipsis.isEmpty() && shown.contains(ellipsis) || shown.length() < full.length();
    }

    private static boolean hasFullTooltip(Labeled cell, String full) {
        Tooltip tip = cell.getTooltip();
        return tip != null && tip.getText() != null && tip.getText().contains(full.strip());
    }

    /** The skin's text node of {@code owner}: the first {@code .text} Text not inside a nested Labeled or graphic. */
    private static Text skinText(Parent node, Labeled owner) {
        for (Node child : node.getChildrenUnmodifiable()) {
            if (child == owner.getGraphic()) {
                continue;
            }
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text;
            }
            if (child instanceof Parent parent && !(child instanceof Labeled)) {
                Text found = skinText(parent, owner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String describe(Labeled labeled) {
        Class<?> type = labeled.getClass();
        while (type.getSimpleName().isEmpty()) { // an anonymous cell: name what it extends
            type = type.getSuperclass();
        }
        StringBuilder path = new StringBuilder(type.getSimpleName());
        if (labeled.getId() != null) {
            path.append('#').append(labeled.getId());
        }
        // The nearest ancestor with an id says which pane the node belongs to.
        for (Parent p = labeled.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }
}
