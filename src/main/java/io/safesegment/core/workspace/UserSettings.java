package io.safesegment.core.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user preferences that outlive a workspace: language, theme, window geometry, the last workspace and the
 * recently opened workspaces. Stored as JSON in {@link WorkspaceLocations#settingsFile()}.
 *
 * <p>Immutable: every change returns a new instance, which the front end then {@linkplain #save(Path) saves}.
 * Loading is forgiving on purpose: a missing, truncated or hand-broken file must never stop the application from
 * starting, so {@link #load(Path)} logs the problem and returns the defaults.
 *
 * @param language         {@code en} or {@code zh_CN}
 * @param theme            {@code light} or {@code dark}
 * @param window           last main-window geometry, or null when unknown
 * @param lastWorkspace    absolute path of the workspace opened last, or null
 * @param recentWorkspaces most recent first, at most {@value #MAX_RECENT} distinct paths
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserSettings(String language, String theme, WindowGeometry window, String lastWorkspace,
                           List<String> recentWorkspaces) {

    /** How many recent workspaces the File menu offers. */
    public static final int MAX_RECENT = 8;
    /** Languages the user interface ships bundles for. */
    public static final Set<String> LANGUAGES = Set.of("en", "zh_CN");
    /** Themes the user interface ships style sheets for. */
    public static final Set<String> THEMES = Set.of("light", "dark");

    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Fills in defaults for absent values and rejects values the application cannot honour. */
    public UserSettings {
        language = language == null ? "en" : language;
        theme = theme == null ? "light" : theme;
        if (!LANGUAGES.contains(language)) {
            throw new LocalizedArgumentException(Message.of("workspace.userSettings.unknownLanguage", language, LANGUAGES));
        }
        if (!THEMES.contains(theme)) {
            throw new LocalizedArgumentException(Message.of("workspace.userSettings.unknownTheme", theme, THEMES));
        }
        List<String> recent = new ArrayList<>();
        if (recentWorkspaces != null) {
            for (String path : recentWorkspaces) {
                if (path != null && !path.isBlank() && !recent.contains(path) && recent.size() < MAX_RECENT) {
                    recent.add(path);
                }
            }
        }
        recentWorkspaces = List.copyOf(recent);
    }

    /** English, light theme, no remembered window or workspace. */
    public static UserSettings defaults() {
        return new UserSettings(null, null, null, null, List.of());
    }

    /** A copy with another language ({@code en} or {@code zh_CN}). */
    public UserSettings withLanguage(String newLanguage) {
        return new UserSettings(newLanguage, theme, window, lastWorkspace, recentWorkspaces);
    }

    /** A copy with another theme ({@code light} or {@code dark}). */
    public UserSettings withTheme(String newTheme) {
        return new UserSettings(language, newTheme, window, lastWorkspace, recentWorkspaces);
    }

    /** A copy remembering the main window geometry. */
    public UserSettings withWindow(WindowGeometry newWindow) {
        return new UserSettings(language, theme, newWindow, lastWorkspace, recentWorkspaces);
    }

    /** A copy recording that {@code directory} was opened: it becomes the last workspace and moves to the top. */
    public UserSettings withWorkspaceOpened(Path directory) {
        String path = directory.toAbsolutePath().normalize().toString();
        List<String> recent = new ArrayList<>();
        recent.add(path);
        recentWorkspaces.stream().filter(p -> !p.equals(path)).forEach(recent::add);
        return new UserSettings(language, theme, window, path, recent);
    }

    /**
     * Reads the settings file; a missing file gives the defaults silently, an unreadable or corrupt one gives the
     * defaults with a warning in the log (the broken file is left in place for inspection until the next save).
     */
    public static UserSettings load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            UserSettings settings = MAPPER.readValue(bytes, UserSettings.class);
            return settings == null ? defaults() : settings;
        } catch (NoSuchFileException e) {
            return defaults();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} is unreadable ({}); starting with default settings", file, e.getMessage());
            return defaults();
        }
    }

    /** Writes the settings atomically, so a crash mid-write never leaves a truncated file. */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, false, out -> out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The JSON form written by {@link #save(Path)}. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("workspace.userSettings.settingsCannotBeSerialised", LocalizedMessage.of(e)), e);
        }
    }
}
