package io.safesegment.core.recipe;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * A recipe was rejected; {@link #problems()} lists every reason, each naming the step number and field. The GUI
 * shows {@link #message()} in the UI language; {@link #getMessage()} is the English text.
 */
public final class RecipeException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;
    private final transient List<RecipeProblem> problems;
    private final transient Message message;

    /** Rejects with the given problems (at least one). */
    public RecipeException(List<RecipeProblem> problems) {
        this(summary(problems), problems);
    }

    private RecipeException(Message summary, List<RecipeProblem> problems) {
        super(summary.english());
        this.problems = List.copyOf(problems);
        this.message = summary;
    }

    /** Rejects with one problem. */
    public RecipeException(int step, String field, String reason) {
        this(List.of(new RecipeProblem(step, field, reason)));
    }

    /** Rejects with one problem whose reason is translated. */
    public RecipeException(int step, String field, Message reason) {
        this(List.of(new RecipeProblem(step, field, reason)));
    }

    /** Every problem found. */
    public List<RecipeProblem> problems() {
        return problems;
    }

    @Override
    public Message message() {
        return message;
    }

    private static Message summary(List<RecipeProblem> problems) {
        return Message.of("recipe.error.rejected",
                Message.join("; ", problems.stream().map(RecipeProblem::localized).toList()));
    }
}
