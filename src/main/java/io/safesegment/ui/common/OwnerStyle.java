package io.safesegment.ui.common;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps a secondary window (the Keys window, the user guide) in the owner's theme and the app's language while it is
 * open: the owner's style sheets are copied whenever they change, and a language switch rebuilds the window's
 * content. The listeners are removed when the window closes, so a closed window is not kept alive by the owner.
 */
public final class OwnerStyle {
    private OwnerStyle() {
    }

    /**
     * @param stage    the secondary window, already holding its scene
     * @param owner    the window whose theme it follows (may be null: then only the language is followed)
     * @param language the app's language; on a change {@code relocalise} runs (on the FX thread)
     * @param relocalise rebuilds the window's content and title with the current bundle
     */
    public static void follow(Stage stage, Window owner, ObservableValue<Locale> language, Runnable relocalise) {
        ChangeListener<Locale> languageListener = (obs, old, now) -> relocalise.run();
        language.addListener(languageListener);
        Scene ownerScene = owner == null ? null : owner.getScene();
        ListChangeListener<String> sheetListener = change -> copySheets(ownerScene, stage);
        if (ownerScene != null) {
            ownerScene.getStylesheets().addListener(sheetListener);
            copySheets(ownerScene, stage);
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            language.removeListener(languageListener);
            if (ownerScene != null) {
                ownerScene.getStylesheets().removeListener(sheetListener);
            }
        });
    }

    private static void copySheets(Scene from, Stage to) {
        if (to.getScene() != null) {
            ObservableList<String> sheets = to.getScene().getStylesheets();
            sheets.setAll(from.getStylesheets());
        }
    }
}
