package io.safesegment.ui.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The GUI's command-line options.
 *
 * @param workspace the workspace to open instead of the remembered one, or null
 * @param demo      whether to (re)install the sample datasets into the workspace
 */
public record LaunchOptions(Path workspace, boolean demo) {

    /** Parses {@code --workspace DIR}, {@code --workspace=DIR} and {@code --demo}; anything else is rejected. */
    public static LaunchOptions parse(List<String> args) {
        Path workspace = null;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--workspace=")) {
                workspace = Path.of(arg.substring("--workspace=".length()));
            } else if (arg.equals("--workspace") && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg
                        + "'; the desktop app accepts --workspace DIR and --demo (see safesegment --help)");
            }
        }
        return new LaunchOptions(workspace, demo);
    }
}
