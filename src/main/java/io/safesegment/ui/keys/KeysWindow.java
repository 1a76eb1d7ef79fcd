package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.SecondaryWindow;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Keys view in its own window, so key management stays reachable from every section. There is one at a time
 * (Ctrl+K again brings it to the front); it follows the main window's theme and the app's language while open, Esc
 * and Ctrl+W close it and F1 opens the Keys page of the user guide.
 */
public final class KeysWindow {
    private static Stage open;

    private KeysWindow() {
    }

    /**
     * Opens the Keys window owned by {@code owner}, styled like it.
     *
     * @param language the app's language, followed while the window is open
     * @param help     opens the Keys page of the user guide (F1)
     */
    public static Stage show(Window owner, KeysViewModel model, ObservableValue<Locale> language, Runnable help) {
        model.refresh();
        Stage stage = SecondaryWindow.show(open, model, owner, () -> KeysView.create(model),
                () -> i18n("keys.window.title"), 1440, 860, language, help);
        if (stage == open) {
            return stage;
        }
        open = stage;
        stage.show();
        return stage;
    }
}
