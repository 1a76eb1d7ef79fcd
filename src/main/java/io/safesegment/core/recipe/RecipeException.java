package io.safesegment.core.recipe;

import java.util.List;

/** A recipe was rejected; {@link #problems()} lists every reason, each naming the step number and field. */
public final class RecipeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RecipeProblem> problems;

    /** Rejects with the given problems (at least one). */
    public RecipeException(List<RecipeProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Rejects with one problem. */
    public RecipeException(int step, String field, String reason) {
        this(List.of(new RecipeProblem(step, field, reason)));
    }

    /** Every problem found. */
    public List<RecipeProblem> problems() {
        return problems;
    }

    private static String summary(List<RecipeProblem> problems) {
        StringBuilder sb = new StringBuilder("The recipe was rejected before anything was written: ");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(problems.get(i).message());
        }
        return sb.toString();
    }
}
