package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.DialogService.FileFilter;
import java.nio.file.Path;
import java.util.List;

/** Names and filters of recipe files in the choosers: {@code *.recipe.json}, named after the recipe's title. */
final class RecipeFiles {
    private RecipeFiles() {
    }

    /** A file name for a recipe titled {@code title}: its letters, digits, spaces (as '-'), '_' and '-'. */
    static String suggestedName(String title) {
        String stem = title.replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
        return (stem.isEmpty() ? "session" : stem) + ".recipe.json";
    }

    /** {@code file}, with {@code .recipe.json} added unless the user typed a {@code .json} name. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? file : file.resolveSibling(name + ".recipe.json");
    }

    /** The choosers' filter (recipes; plain JSON files too, since examples may be named {@code *.json}). */
    static List<FileFilter> filters() {
        return List.of(FileFilter.of(i18n("recipe.files"), "*.recipe.json", "*.json"));
    }
}
