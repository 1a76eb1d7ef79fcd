package io.safesegment.core.workspace;

import java.nio.file.Path;

/**
 * Where SafeSegment keeps things by default. {@code SAFESEGMENT_HOME} (environment) or {@code safesegment.home}
 * (system property) moves everything, which tests use to stay out of the real home directory.
 */
public final class WorkspaceLocations {
    private WorkspaceLocations() {
    }

    /** The per-user SafeSegment folder, default {@code ~/.safesegment}. */
    public static Path userHome() {
        String prop = System.getProperty("safesegment.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("SAFESEGMENT_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".safesegment");
    }

    /** The workspace opened when none is given: {@code <userHome>/workspace}. */
    public static Path defaultWorkspace() {
        return userHome().resolve("workspace");
    }

    /** The user settings file (window geometry, language, theme, recent workspaces). */
    public static Path settingsFile() {
        return userHome().resolve("settings.json");
    }
}
