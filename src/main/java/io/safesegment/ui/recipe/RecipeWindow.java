package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.OwnerStyle;
import io.safesegment.ui.common.WindowKeys;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
        if (open != null && open.isShowing()) {
            if (open.getProperties().get(RecipeViewModel.class) == model) {
                open.toFront();
                return open;
            }
            open.close(); // a window of another application context (tests start one per test)
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(RecipeView.create(model), 1000, 620);
        stage.setScene(scene);
        stage.setTitle(i18n("recipe.window.title"));
        stage.setMinWidth(660);
        stage.setMinHeight(440);
        OwnerStyle.follow(stage, owner, language, () -> {
            scene.setRoot(RecipeView.create(model));
            stage.setTitle(i18n("recipe.window.title"));
        });
        WindowKeys.closeOnEscape(stage);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                help.run();
            }
        });
        stage.getProperties().put(RecipeViewModel.class, model);
        open = stage;
        stage.show();
        return stage;
    }
}
