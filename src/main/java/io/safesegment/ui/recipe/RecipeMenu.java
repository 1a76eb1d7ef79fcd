package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * View › Recipe (Ctrl+Shift+R), added by code after the section items so the main view's FXML, which every section
 * edits, stays untouched.
 */
public final class RecipeMenu {
    /** The accelerator of View › Recipe. */
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private RecipeMenu() {
    }

    /**
     * Adds the item to the menu with id {@code viewMenu} of {@code bar}, after its section items.
     *
     * @param help opens the Recipe page of the user guide (F1 in the Recipe window)
     */
    public static MenuItem install(MenuBar bar, RecipeViewModel model, Supplier<Window> owner,
                                   ObservableValue<Locale> language, Runnable help) {
        Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the main view has no View menu"));
        MenuItem item = new MenuItem(i18n("recipe.menu"));
        item.setId("recipeItem");
        item.setAccelerator(KEY);
        item.setOnAction(e -> RecipeWindow.show(owner.get(), model, language, help));
        int at = 0;
        while (at < view.getItems().size() && !(view.getItems().get(at) instanceof SeparatorMenuItem)) {
            at++;
        }
        view.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), item));
        return item;
    }
}
