package io.safesegment.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view from the {@code fxml/} resource root with the current language bundle and a given controller. */
public final class ViewLoader {
    private ViewLoader() {
    }

    /**
     * Loads {@code /fxml/<path>} and wires it to {@code controller} (views declare no {@code fx:controller}, so the
     * controller can receive its ViewModel through its constructor).
     */
    public static Parent load(String path, Object controller) {
        URL url = Objects.requireNonNull(ViewLoader.class.getResource("/fxml/" + path), "missing view /fxml/" + path);
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + url + ": " + e.getMessage(), e);
        }
    }
}
