package io.safesegment.core.recipe;

import java.util.List;
import java.util.Map;

/**
 * What a recipe run (or dry run) did.
 *
 * @param name    the recipe's name
 * @param dryRun  whether it only validated
 * @param steps   one outcome per step, in order
 */
public record RecipeResult(String name, boolean dryRun, List<StepResult> steps) {
    public RecipeResult {
        steps = List.copyOf(steps);
    }

    /**
     * One step's outcome.
     *
     * @param index    1-based step number
     * @param kind     the step kind id
     * @param name     the step's output name
     * @param status   {@code valid} (dry run), {@code done} or {@code blocked} (leak scan refused the export)
     * @param outputs  output name → file written (or, for import, read)
     * @param details  step-specific figures (rows, k, silhouette, leak summary, ...)
     */
    public record StepResult(int index, String kind, String name, String status, Map<String, String> outputs,
                             Map<String, Object> details) {
        public StepResult {
            outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }
    }
}
