package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recipe.RecipeProblem;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Recipe panel lists: one row per recorded step with the outcome of the last dry run or replay, and the
 * problems that stopped one. Outcomes and problems are forgotten whenever the recipe changes: they described
 * another recipe.
 */
final class RecipeRows {
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Map<Integer, String> outcomes = new HashMap<>();

    ObservableList<StepRow> steps() {
        return steps;
    }

    ObservableList<String> problems() {
        return problems;
    }

    /** Shows {@code recorded} without outcomes or problems. */
    void show(List<RecipeStep> recorded) {
        outcomes.clear();
        problems.clear();
        steps.setAll(recorded.stream().map(StepText::row).toList());
    }

    /** Shows one step's outcome (a replay reports each step as it ends). */
    void stepEnded(RecipeResult.StepResult step) {
        outcome(step.index(), StepText.outcome(step.status()));
    }

    /** Marks every step without an outcome as not run (after a cancel, a blocked step or a failure). */
    void markNotRun() {
        for (int i = 1; i <= steps.size(); i++) {
            if (!outcomes.containsKey(i)) {
                outcome(i, i18n("recipe.outcome.notRun"));
            }
        }
    }

    private void outcome(int number, String text) {
        outcomes.put(number, text);
        if (number >= 1 && number <= steps.size()) {
            steps.set(number - 1, steps.get(number - 1).withOutcome(text));
        }
    }

    /** Lists why a recipe cannot run: a locked vault first when a step needed it, then each step's problems. */
    void showProblems(List<RecipeProblem> found, boolean vaultLocked) {
        problems.clear();
        if (vaultLocked) {
            problems.add(i18n("recipe.problem.vaultLocked"));
        }
        for (RecipeProblem p : found) {
            problems.add(p.step() == 0 ? i18n("recipe.problem.document", p.field(), p.reason())
                    : i18n("recipe.problem.step", p.step(), p.field(), p.reason()));
        }
    }
}
