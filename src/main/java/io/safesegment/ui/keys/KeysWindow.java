package io.safesegment.ui.keys;

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
        if (open != null && open.isShowing()) {
            if (open.getProperties().get(KeysViewModel.class) == model) {
                open.toFront();
                return open;
            }
            open.close(); // a window of another application context (tests start one per test)
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(KeysView.create(model), 1440, 860);
        stage.setScene(scene);
        stage.setTitle(i18n("keys.window.title"));
        OwnerStyle.follow(stage, owner, language, () -> {
            scene.setRoot(KeysView.create(model));
            stage.setTitle(i18n("keys.window.title"));
        });
        WindowKeys.closeOnEscape(stage);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                help.run();
            }
        });
        stage.getProperties().put(KeysViewModel.class, model);
        open = stage;
        stage.show();
        return stage;
    }
}
