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
    private final Map<Integer, String> statuses = new HashMap<>();
    private List<RecipeStep> recorded = List.of();
    private List<RecipeProblem> found = List.of();
    private boolean vaultLocked;

    ObservableList<StepRow> steps() {
        return steps;
    }

    ObservableList<String> problems() {
        return problems;
    }

    /** Shows {@code recipe} without outcomes or problems. */
    void show(List<RecipeStep> recipe) {
        recorded = List.copyOf(recipe);
        statuses.clear();
        found = List.of();
        vaultLocked = false;
        relocalise();
    }

    /** Renders rows and problems again in the current UI language (after a language switch). */
    void relocalise() {
        steps.setAll(recorded.stream().map(s -> StepText.row(s).withOutcome(outcome(s.number()))).toList());
        problems.clear();
        if (vaultLocked) {
            problems.add(i18n("recipe.problem.vaultLocked"));
        }
        for (RecipeProblem p : found) {
            problems.add(p.step() == 0 ? i18n("recipe.problem.document", p.field(), p.reason())
                    : i18n("recipe.problem.step", p.step(), p.field(), p.reason()));
        }
    }

    /** Shows one step's outcome (a replay reports each step as it ends). */
    void stepEnded(RecipeResult.StepResult step) {
        status(step.index(), step.status());
    }

    /** Marks every step without an outcome as not run (after a cancel, a blocked step or a failure). */
    void markNotRun() {
        for (int i = 1; i <= steps.size(); i++) {
            if (!statuses.containsKey(i)) {
                status(i, StepText.NOT_RUN);
            }
        }
    }

    private void status(int number, String status) {
        statuses.put(number, status);
        if (number >= 1 && number <= steps.size()) {
            steps.set(number - 1, steps.get(number - 1).withOutcome(outcome(number)));
        }
    }

    private String outcome(int number) {
        String status = statuses.get(number);
        return status == null ? "" : StepText.outcome(status);
    }

    /** Lists why a recipe cannot run: a locked vault first when a step needed it, then each step's problems. */
    void showProblems(List<RecipeProblem> problems, boolean locked) {
        found = List.copyOf(problems);
        vaultLocked = locked;
        relocalise();
    }
}
