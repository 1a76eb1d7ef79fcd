package io.safesegment.ui.data;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;

/** Builds the Data section's dialogs the same way: owner, style sheets and OK/Cancel buttons. */
final class Dialogs {
    private Dialogs() {
    }

    /**
     * A window-modal dialog around {@code content}. Callers use {@code show()} rather than {@code showAndWait()}
     * so the JavaFX thread is never blocked and tests can drive the dialog like any other window.
     */
    static Dialog<ButtonType> create(String title, String header, Node content, Scene owner, ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(buttons.length == 0
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : buttons);
        dialog.getDialogPane().getStyleClass().addAll("app-dialog", "data-dialog");
        if (owner != null) {
            dialog.initOwner(owner.getWindow());
            dialog.initModality(Modality.WINDOW_MODAL);
            dialog.getDialogPane().getStylesheets().setAll(owner.getStylesheets());
        }
        return dialog;
    }
}
