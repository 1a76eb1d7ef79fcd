package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.OwnerStyle;
import io.safesegment.ui.common.WindowKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts: every menu accelerator, read from the live menu bar (so the list cannot go stale when a
 * menu item gets a new key), followed by the window keys and the section keys that have no menu item.
 */
final class ShortcutsWindow {
    /** One line of the list. */
    record Shortcut(String action, String keys) {
    }

    private ShortcutsWindow() {
    }

    /** Opens the list for {@code menuBar}'s current items. */
    static Stage show(Window owner, MenuBar menuBar, ObservableValue<Locale> language) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(layout(collect(menuBar)), 640, 620);
        stage.setScene(scene);
        stage.setTitle(i18n("shortcuts.title"));
        // the menu bar of the old language is gone after a switch, so the list is read again from the owner's scene
        OwnerStyle.follow(stage, owner, language, () -> {
            MenuBar current = owner != null && owner.getScene() != null
                    && owner.getScene().lookup("#menuBar") instanceof MenuBar bar ? bar : menuBar;
            scene.setRoot(layout(collect(current)));
            stage.setTitle(i18n("shortcuts.title"));
        });
        WindowKeys.closeOnEscape(stage);
        stage.show();
        return stage;
    }

    /** The menu accelerators of {@code menuBar} in menu order, then the keys that belong to no menu item. */
    static List<Shortcut> collect(MenuBar menuBar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            addMenu(shortcuts, plain(menu.getText()), menu.getItems());
        }
        shortcuts.add(new Shortcut(i18n("shortcuts.window.help"), new KeyCodeCombination(KeyCode.F1)
                .getDisplayText()));
        shortcuts.add(new Shortcut(i18n("shortcuts.window.close"), "Esc  /  " + WindowKeys.CLOSE.getDisplayText()));
        shortcuts.add(section(i18n("nav.data"), i18n("shortcuts.data.undo"), KeyCode.Z, false));
        shortcuts.add(section(i18n("nav.privacy"), i18n("shortcuts.privacy.detect"), KeyCode.F5, null));
        shortcuts.add(section(i18n("nav.privacy"), i18n("shortcuts.privacy.export"), KeyCode.E, false));
        shortcuts.add(section(i18n("nav.privacy"), i18n("shortcuts.privacy.apply"), KeyCode.S, false));
        shortcuts.add(section(i18n("nav.privacy"), i18n("shortcuts.privacy.undo"), KeyCode.Z, false));
        Shortcut redo = section(i18n("nav.privacy"), i18n("shortcuts.privacy.redo"), KeyCode.Y, false);
        shortcuts.add(new Shortcut(redo.action(), redo.keys() + "  /  "
                + section("", "", KeyCode.Z, true).keys()));
        shortcuts.add(new Shortcut(i18n("nav.privacy") + " › " + i18n("shortcuts.privacy.revert"), "Esc"));
        shortcuts.add(section(i18n("nav.segments"), i18n("shortcuts.segments.run"), KeyCode.R, false));
        shortcuts.add(section(i18n("nav.segments"), i18n("shortcuts.segments.export"), KeyCode.E, true));
        shortcuts.add(new Shortcut(i18n("recipe.menu") + " › " + i18n("shortcuts.recipe.remove"),
                new KeyCodeCombination(KeyCode.DELETE).getDisplayText()));
        shortcuts.add(new Shortcut(i18n("recipe.menu") + " › " + i18n("shortcuts.recipe.move"),
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN).getDisplayText() + "  /  "
                        + new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN).getDisplayText()));
        return shortcuts;
    }

    private static void addMenu(List<Shortcut> out, String path, List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                addMenu(out, path + " › " + plain(sub.getText()), sub.getItems());
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(path + " › " + plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** Section keys are handled by the section's view; {@code shift} null means no Ctrl either (a function key). */
    private static Shortcut section(String section, String action, KeyCode code, Boolean shift) {
        KeyCombination keys = shift == null ? new KeyCodeCombination(code)
                : shift ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
        return new Shortcut(section + " › " + action, keys.getDisplayText());
    }

    /** Menu text without the mnemonic underscore ("_Help" → "Help", "帮助(_H)" → "帮助"). */
    static String plain(String text) {
        return text == null ? "" : text.replaceAll("\\(_[A-Za-z]\\)", "").replace("_", "");
    }

    private static Parent layout(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16, 20, 16, 20));
        Label actionHeading = new Label(i18n("shortcuts.column.action"));
        Label keysHeading = new Label(i18n("shortcuts.column.keys"));
        actionHeading.getStyleClass().add("nav-heading");
        keysHeading.getStyleClass().add("nav-heading");
        grid.addRow(0, actionHeading, keysHeading);
        int row = 1;
        for (Shortcut shortcut : shortcuts) {
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, action, keys);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("app-root");
        return scroll;
    }
}
