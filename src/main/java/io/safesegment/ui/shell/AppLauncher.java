package io.safesegment.ui.shell;

import javafx.application.Application;

/**
 * Starts the desktop app. {@code io.safesegment.Main} calls {@link #launch(String[])} reflectively so the CLI never
 * loads JavaFX, and so the main class does not extend {@link Application} (which JavaFX refuses on the class path).
 */
public final class AppLauncher {
    private AppLauncher() {
    }

    /** Launches {@link SafeSegmentApp}; returns when the last window has closed. */
    public static void launch(String[] args) {
        LaunchOptions.parse(java.util.List.of(args)); // fail fast, before a window appears
        // plaintext temporary files of a crashed run go before anything else starts (listed in the log)
        io.safesegment.core.workspace.WorkspaceService.removeLeftovers(java.util.List.of());
        JavaLoggingToLogFile.install(); // JavaFX's class-path note goes to the log, not stderr (decision 0030)
        Application.launch(SafeSegmentApp.class, args);
    }
}
