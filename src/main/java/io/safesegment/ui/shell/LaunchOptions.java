package io.safesegment.ui.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The GUI's command-line options.
 *
 * @param workspace the workspace to open instead of the remembered one, or null
 * @param demo      whether to (re)install the sample datasets into the workspace
 * @param recipe    a recipe file to open in the Recipe window once the workspace is open, or null: what the desktop
 *                  passes when the user opens a {@code *.recipe.json} file with SafeSegment (the installer's file
 *                  association, decision 0035)
 */
public record LaunchOptions(Path workspace, boolean demo, Path recipe) {

    /** Options without a recipe file. */
    public LaunchOptions(Path workspace, boolean demo) {
        this(workspace, demo, null);
    }

    /**
     * Parses {@code --workspace DIR}, {@code --workspace=DIR}, {@code --demo} and one recipe file ({@code *.json});
     * anything else is rejected.
     */
    public static LaunchOptions parse(List<String> args) {
        Path workspace = null;
        boolean demo = false;
        Path recipe = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--workspace=")) {
                workspace = Path.of(arg.substring("--workspace=".length()));
            } else if (arg.equals("--workspace") && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else if (recipe == null && isRecipeFile(arg)) {
                recipe = Path.of(arg);
            } else {
                throw new IllegalArgumentException("Unknown option '" + arg
                        + "'; the desktop app accepts --workspace DIR, --demo and a recipe file (see safesegment --help)");
            }
        }
        return new LaunchOptions(workspace, demo, recipe);
    }

    /** Whether {@code arg} names a recipe file: not an option, ends in {@code .json} (as the Recipe window's filter). */
    static boolean isRecipeFile(String arg) {
        return !arg.startsWith("-") && arg.endsWith(".json");
    }
}
