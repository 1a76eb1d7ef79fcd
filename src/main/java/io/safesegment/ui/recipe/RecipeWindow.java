package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.SecondaryWindow;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Recipe panel in its own window, so the recording stays in view while the user works in any section. One at a
 * time (View › Recipe again brings it to the front); it follows the main window's theme and the app's language,
 * Esc and Ctrl+W close it, F1 opens the Recipe page of the user guide. Closing it stops nothing: a running replay
 * keeps going and the status bar shows it.
 */
public final class RecipeWindow {
    private static Stage open;

    private RecipeWindow() {
    }

    /**
     * Opens the Recipe window owned by {@code owner}, styled like it.
     *
     * @param language the app's language, followed while the window is open
     * @param help     opens the Recipe page of the user guide (F1)
     */
    public static Stage show(Window owner, RecipeViewModel model, ObservableValue<Locale> language, Runnable help) {
        Stage stage = SecondaryWindow.show(open, model, owner, () -> RecipeView.create(model),
                () -> i18n("recipe.window.title"), 1000, 620, language, help);
        if (stage == open) {
            return stage;
        }
        stage.setMinWidth(660);
        stage.setMinHeight(440);
        open = stage;
        stage.show();
        return stage;
    }
}
