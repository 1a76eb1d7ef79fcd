package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * An ordered, serialisable list of cleaning steps over an original table. Undo drops the last step and re-applies
 * the rest to the untouched original, which is always exact (no inverse operations to get wrong).
 *
 * @param steps steps in the order they are applied
 */
public record CleaningPipeline(List<CleaningStep> steps) {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Copies the list. */
    public CleaningPipeline {
        steps = List.copyOf(steps);
    }

    /** A pipeline without steps. */
    public static CleaningPipeline empty() {
        return new CleaningPipeline(List.of());
    }

    /** This pipeline with {@code step} appended. */
    public CleaningPipeline then(CleaningStep step) {
        List<CleaningStep> more = new ArrayList<>(steps);
        more.add(step);
        return new CleaningPipeline(more);
    }

    /** This pipeline without its last step (unchanged when empty). */
    public CleaningPipeline undo() {
        return steps.isEmpty() ? this : new CleaningPipeline(steps.subList(0, steps.size() - 1));
    }

    /** The outcome of every step and the final table. */
    public record Result(Table table, List<StepOutcome> outcomes) {
        /** Copies the list. */
        public Result {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Applies all steps to {@code original} (which is never modified). */
    public Result apply(Table original, Progress progress) {
        Table current = original;
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            progress.checkCancelled();
            progress.report((double) i / steps.size(), Message.literal(steps.get(i).describe()));
            StepOutcome outcome = steps.get(i).apply(current);
            outcomes.add(outcome);
            current = outcome.table();
        }
        progress.report(1.0, Message.of("progress.clean.done", steps.size()));
        return new Result(current == original ? original.copy() : current, outcomes);
    }

    /** The steps as a JSON array. */
    public String toJson() {
        try {
            return MAPPER.writerFor(new TypeReference<List<CleaningStep>>() { }).writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("clean.cleaningPipeline.cleaningStepsCouldNot"), e);
        }
    }

    /**
     * Reads steps written by {@link #toJson()}.
     *
     * @throws CleaningException naming the step number and field when the JSON is not a valid list of steps
     */
    public static CleaningPipeline fromJson(String json) {
        return new CleaningPipeline(CleaningStepsJson.read(MAPPER, json));
    }
}
