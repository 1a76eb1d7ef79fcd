package io.safesegment.ui.keys;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/** Controller of {@code fxml/keys/PgpKeyPane.fxml}: generate the workspace OpenPGP key, export its public half. */
public final class PgpKeyView {
    private final PgpKeyViewModel model;

    @FXML private Button generatePgpButton;
    @FXML private Button exportPublicButton;

    private PgpKeyView(PgpKeyViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(PgpKeyViewModel model) {
        return ViewLoader.load("keys/PgpKeyPane.fxml", new PgpKeyView(model));
    }

    @FXML
    private void initialize() {
        generatePgpButton.disableProperty().bind(model.lockedBinding());
        exportPublicButton.disableProperty().bind(model.lockedBinding());
    }

    @FXML
    private void generatePgp() {
        model.generateWorkspacePgpKey();
    }

    @FXML
    private void exportPublic() {
        model.chooseAndExportPublicKey();
    }
}
