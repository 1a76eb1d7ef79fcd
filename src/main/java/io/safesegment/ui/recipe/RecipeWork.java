package io.safesegment.ui.recipe;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeProblem;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The Recipe panel's background work, free of JavaFX: reading and validating a recipe file, dry runs and replays.
 * A rejected recipe is a result here (its problems are listed in the panel), not a failure for an error dialog.
 */
final class RecipeWork {
    private RecipeWork() {
    }

    /**
     * What a run or an opened file came to.
     *
     * @param recipe     the recipe read (null when the file was rejected)
     * @param result     the steps' outcomes (null when rejected or only opened)
     * @param problems   why the recipe cannot run, each naming step number and field (empty when none)
     * @param keysLocked whether a step needed a vault key while the vault was locked
     */
    record Outcome(Recipe recipe, RecipeResult result, List<RecipeProblem> problems, boolean keysLocked) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The way to the vault for one run: a private copy of the unlocked vault (the runner closes what it opens, and
     * the window's vault must stay unlocked), or, while locked, none, remembering that a step asked for one.
     */
    static final class Keys implements RecipeKeys {
        private final KeyVault unlocked;
        private final io.safesegment.core.governance.Actor actor;
        private final AtomicBoolean askedWhileLocked = new AtomicBoolean();

        Keys(KeyVault unlocked) {
            this(unlocked, null);
        }

        /** @param actor the signed-in account (erase and backup steps need its role), or null */
        Keys(KeyVault unlocked, io.safesegment.core.governance.Actor actor) {
            this.unlocked = unlocked;
            this.actor = actor;
        }

        @Override
        public io.safesegment.core.governance.Actor actor() {
            return actor;
        }

        @Override
        public KeyVault open() throws IOException {
            if (unlocked == null) {
                askedWhileLocked.set(true);
                return null;
            }
            return unlocked.reopen();
        }

        boolean askedWhileLocked() {
            return askedWhileLocked.get();
        }
    }

    /** Reads {@code file} (inputs made absolute) and validates it against {@code workspace} when one is open. */
    static Outcome open(Path file, Path workspace, Keys keys) {
        try {
            Recipe recipe = Recipe.read(file).withAbsoluteInputs();
            List<RecipeProblem> problems = workspace == null ? List.of()
                    : RecipeService.validate(recipe, workspace, keys);
            return new Outcome(recipe, null, problems, keys.askedWhileLocked());
        } catch (RecipeException e) {
            return new Outcome(null, null, e.problems(), keys.askedWhileLocked());
        }
    }

    /**
     * Validates ({@code dryRun}) or replays {@code recipe} into {@code workspace}; nothing is written when the
     * validation finds a problem.
     *
     * @param onStep told each step's outcome as soon as it ends (on the running thread)
     */
    static Outcome run(Recipe recipe, Path workspace, Keys keys, io.safesegment.core.governance.Actor actor,
                       boolean dryRun, Progress progress, Consumer<RecipeResult.StepResult> onStep)
            throws IOException {
        try {
            RecipeResult result = RecipeService.run(recipe, workspace, keys, actor, dryRun, progress, onStep);
            return new Outcome(recipe, result, List.of(), false);
        } catch (RecipeException e) {
            return new Outcome(recipe, null, e.problems(), keys.askedWhileLocked());
        }
    }

    /** {@code progress}, also telling {@code fraction} every known fraction (the panel's own progress bar). */
    static Progress watched(Progress progress, DoubleConsumer fraction) {
        return new Progress() {
            @Override
            public void update(double value, String message) {
                progress.update(value, message);
                if (value >= 0) {
                    fraction.accept(value);
                }
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
