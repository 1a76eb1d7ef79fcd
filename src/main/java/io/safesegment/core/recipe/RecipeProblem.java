package io.safesegment.core.recipe;

/**
 * One reason a recipe cannot run, found before anything is written.
 *
 * @param step   1-based step number (0 for the document itself)
 * @param field  the field at fault (e.g. {@code k}, {@code roles.customer_id}), or {@code kind}
 * @param reason what is wrong and, where possible, how to fix it; never a data value or secret
 */
public record RecipeProblem(int step, String field, String reason) {
    /** "step 3 (k): must be an integer". */
    public String message() {
        return (step == 0 ? "recipe" : "step " + step) + " (" + field + "): " + reason;
    }
}
