package io.safesegment.core.recipe;

import java.nio.file.Path;

/** Where a recipe's files are: inputs relative to the recipe file, outputs in the workspace's exports/ folder. */
final class RecipePaths {
    /** The workspace folder that receives outputs unless a step names an absolute path. */
    static final String EXPORTS = "exports";

    private RecipePaths() {
    }

    static Path input(Recipe recipe, String value) {
        Path p = Path.of(value);
        return p.isAbsolute() ? p.normalize() : recipe.directory().resolve(p).normalize();
    }

    static Path output(Path workspace, RecipeStep step, String field, String fallback) {
        String v = step.text(field, fallback);
        Path p = Path.of(v);
        return p.isAbsolute() ? p.normalize() : workspace.resolve(EXPORTS).resolve(p).normalize();
    }
}
