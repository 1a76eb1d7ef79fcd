package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Keys view in its own window, so key management stays reachable from every section. */
public final class KeysWindow {
    private KeysWindow() {
    }

    /** Opens the Keys window owned by {@code owner}, styled like it. */
    public static Stage show(Window owner, KeysViewModel model) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(KeysView.create(model), 1440, 860);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(i18n("keys.window.title"));
        model.refresh();
        stage.show();
        return stage;
    }
}
