package io.safesegment.cli;

import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.recipe.SessionRecipe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --record RECIPE.json}: after the command succeeded, append its step(s) to a recipe file (created when
 * missing) that {@code safesegment run} replays — the CLI's counterpart of the desktop's session recipe.
 */
final class RecordOption {
    @Option(names = "--record", paramLabel = "RECIPE.json",
            description = "Append this action as recipe step(s) to RECIPE.json (created when missing; see docs/recipes.md).")
    Path recipe;

    boolean present() {
        return recipe != null;
    }

    /** Appends through {@code record} when {@code --record} was given. */
    void append(Consumer<SessionRecipe> record) throws IOException {
        if (recipe != null) {
            RecipeService.appendTo(recipe, record);
        }
    }
}
