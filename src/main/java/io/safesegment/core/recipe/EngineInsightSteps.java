package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an engine other than the desktop runner reads from a {@code clv}, {@code recommend} or {@code evaluate} step,
 * read exactly as the desktop runner reads it (companion of {@link EngineSteps}, kept apart so that the engines'
 * areas do not edit one file), and the evaluation report written as the desktop runner writes it.
 */
public final class EngineInsightSteps {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private EngineInsightSteps() {
    }

    /** A clv step's model settings over the CLI's defaults. */
    public static ClvOptions clvOptions(RecipeStep step) {
        return field(step, () -> InsightSteps.clvOptions(step));
    }

    /** A recommend or evaluate step's {@code weighting} and {@code halfLife}. */
    public static TransactionOptions transactionOptions(RecipeStep step) {
        return field(step, () -> StepOptions.transactionOptions(step));
    }

    /** An evaluate step's split, folds, list length, users and seed. */
    public static EvaluationOptions evaluationOptions(RecipeStep step) {
        return field(step, () -> StepOptions.evaluationOptions(step));
    }

    /** An evaluate step's {@code models}. */
    public static List<String> models(RecipeStep step) {
        return StepOptions.strings(step, "models");
    }

    /** The step's recorded hyper-parameters ({@code parameters}) over the defaults, with the step's seed. */
    public static ModelParameters modelParameters(RecipeStep step) {
        return field(step, () -> ModelParameterFields.fromJson(step.get("parameters"), step.integer("seed", 42)));
    }

    /** Writes an evaluation report as the desktop runner's evaluate step does (indented JSON, atomically). */
    public static void writeEvaluation(Path out, EvaluationReport report) throws IOException {
        AtomicFiles.write(out, JSON.writeValueAsBytes(report), false);
    }

    private static <T> T field(RecipeStep step, Supplier<T> read) {
        try {
            return read.get();
        } catch (StepOptions.FieldException e) {
            throw new RecipeException(step.number(), e.field, LocalizedMessage.of(e));
        }
    }
}
