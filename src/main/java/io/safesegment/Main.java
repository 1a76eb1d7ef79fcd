package io.safesegment;

import io.safesegment.cli.SafeSegmentCli;
import java.util.Arrays;

/**
 * Entry point of the single jar: with no command it opens the desktop app, with a command it runs the CLI.
 *
 * <p>This class must not extend {@code javafx.application.Application}: launched from the class path, JavaFX refuses
 * to start a main class that does, so the GUI is started reflectively through {@code io.safesegment.ui.shell.AppLauncher}.
 */
public final class Main {

    private Main() {
    }

    /** Starts the GUI or the CLI, depending on the arguments. */
    public static void main(String[] args) throws Exception {
        if (SafeSegmentCli.isGuiLaunch(args)) {
            Class<?> launcher = Class.forName("io.safesegment.ui.shell.AppLauncher");
            launcher.getMethod("launch", String[].class).invoke(null, (Object) args);
            return;
        }
        int exit = SafeSegmentCli.run(Arrays.copyOf(args, args.length));
        System.exit(exit);
    }
}
