package io.safesegment.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** The two colour themes; each is the shared layout sheet plus one colour sheet. */
public enum Theme {
    LIGHT("light", "/css/light.css"),
    DARK("dark", "/css/dark.css");

    private static final String LAYOUT = "/css/app.css";

    private final String settingsCode;
    private final String colours;

    Theme(String settingsCode, String colours) {
        this.settingsCode = settingsCode;
        this.colours = colours;
    }

    /** {@code light} or {@code dark}, as stored in the user settings. */
    public String settingsCode() {
        return settingsCode;
    }

    /** The theme for a settings code; anything unknown is the light theme. */
    public static Theme fromSettingsCode(String code) {
        return "dark".equals(code) ? DARK : LIGHT;
    }

    /** The style sheet URLs, layout first. */
    public List<String> stylesheets() {
        return List.of(url(LAYOUT), url(colours));
    }

    /** Replaces the theme sheets of {@code scene}. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    /** Replaces the theme sheets of a dialog pane or other root outside the main scene. */
    public void applyTo(Parent parent) {
        parent.getStylesheets().setAll(stylesheets());
    }

    /** The theme whose colour sheet {@code scene} currently uses; a scene without one counts as light. */
    public static Theme of(Scene scene) {
        if (scene != null && scene.getStylesheets().contains(url(DARK.colours))) {
            return DARK;
        }
        return LIGHT;
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }
}
