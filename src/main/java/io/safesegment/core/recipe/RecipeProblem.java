package io.safesegment.core.recipe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * One reason a recipe cannot run, found before anything is written.
 *
 * @param step   1-based step number (0 for the document itself)
 * @param field  the field at fault (e.g. {@code k}, {@code roles.customer_id}), or {@code kind}
 * @param reason what is wrong and, where possible, how to fix it, in English (the CLI's JSON field); never a data
 *               value or secret
 * @param detail the same reason as a message for the GUI's language; not part of the JSON
 */
public record RecipeProblem(int step, String field, String reason, @JsonIgnore Message detail) {
    /** Fills {@code detail} from {@code reason} when only the English text is known. */
    public RecipeProblem {
        if (detail == null) {
            detail = Message.literal(reason == null ? "" : reason);
        }
    }

    /** A problem with an English-only reason. */
    public RecipeProblem(int step, String field, String reason) {
        this(step, field, reason, null);
    }

    /** A problem whose reason is translated. */
    public RecipeProblem(int step, String field, Message detail) {
        this(step, field, detail.english(), detail);
    }

    /** "step 3 (k): must be an integer". */
    public String message() {
        return localized().english();
    }

    /** {@link #message()} as a message, for the GUI's language. */
    public Message localized() {
        return step == 0 ? Message.of("recipe.problem.document", field, detail)
                : Message.of("recipe.problem.step", step, field, detail);
    }

    /** Equal when step, field and English reason are: how the problem is carried does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RecipeProblem p && step == p.step && Objects.equals(field, p.field)
                && Objects.equals(reason, p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, field, reason);
    }
}
