package io.safesegment.ui.common;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A section's own window (decision 0018): one at a time per ViewModel, owned by and styled like the main window,
 * rebuilt in the app's language while open, closed by Esc and Ctrl+W, F1 for its user-guide page.
 */
public final class SecondaryWindow {
    private SecondaryWindow() {
    }

    /**
     * Brings {@code current} to the front when it shows {@code model}, else closes it and opens a new window.
     *
     * @param current  the window open now, or null
     * @param model    the ViewModel the window shows (a window of another application context is replaced)
     * @param view     builds the window's content (again on a language switch)
     * @param title    the translated title (asked again on a language switch)
     * @param language the app's language, followed while the window is open
     * @param help     opens the window's page of the user guide (F1)
     * @return the window that now shows {@code model}
     */
    public static Stage show(Stage current, Object model, Window owner, Supplier<Parent> view, Supplier<String> title,
                             double width, double height, ObservableValue<Locale> language, Runnable help) {
        if (current != null && current.isShowing()) {
            if (current.getProperties().get(SecondaryWindow.class) == model) {
                current.toFront();
                return current;
            }
            current.close(); // a window of another application context (tests start one per test)
        }
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view.get(), width, height);
        stage.setScene(scene);
        stage.setTitle(title.get());
        OwnerStyle.follow(stage, owner, language, () -> {
            scene.setRoot(view.get());
            stage.setTitle(title.get());
        });
        WindowKeys.closeOnEscape(stage);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                help.run();
            }
        });
        stage.getProperties().put(SecondaryWindow.class, model);
        return stage;
    }
}
