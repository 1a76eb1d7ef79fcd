package io.safesegment.ui.recommend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Records the section's runs into the window's recipe: a top-N preview becomes a {@code recommend} step, an
 * evaluation an {@code evaluate} step, each with its seed. The datasets they read become {@code import} steps (reused
 * when the recipe already imports the same file) and RFM segments an {@code rfm} step, so the recipe replays on its
 * own. Ratings inputs become a {@code ratings} field, and the hyper-parameters the models were fitted with a
 * {@code parameters} field (only what differs from the defaults), so a replay fits the same models.
 */
final class RecommendRecipe {
    private final SessionRecipe recipe;
    private java.util.function.Supplier<RecommendationService.TuneReport> tuning = () -> null;

    RecommendRecipe(SessionRecipe recipe) {
        this.recipe = recipe;
    }

    /** Where the last Tune's report is (a model fitted with its chosen values records the search too). */
    void setTuning(java.util.function.Supplier<RecommendationService.TuneReport> lastTune) {
        this.tuning = lastTune;
    }

    /**
     * Records the top-{@code n} of {@code model}; with {@code segment} the step lists that segment's members.
     *
     * @return the step
     */
    RecipeStep recordRecommend(SourceChoice choice, TrainedModel model, int n, String segment) {
        ObjectNode f = inputs(choice);
        if (segment != null) {
            f.put("segment", segment);
        }
        // evaluate steps take no half-life (the recipe format's default, 180 days, applies there)
        f.put("halfLife", choice.options().halfLifeDays());
        f.put("model", model.name());
        parameters(f, model.parameters(), model.seed());
        tuning(f, model);
        f.put("seed", model.seed());
        f.put("n", n);
        f.put("longTail", model.fitted().choice().longTail());
        return recipe.append(StepKind.RECOMMEND, "recommend-" + model.name(), f);
    }

    /** Records a cross-validation of {@code models} fitted with {@code parameters}. */
    RecipeStep recordEvaluate(SourceChoice choice, List<String> models, ModelParameters parameters,
                              EvaluationOptions options, double longTail) {
        ObjectNode f = inputs(choice);
        models.forEach(f.putArray("models")::add);
        parameters(f, parameters, options.seed());
        f.put("split", options.split().name().toLowerCase(Locale.ROOT));
        f.put("folds", options.folds());
        f.put("k", options.k());
        f.put("testShare", options.testShare());
        f.put("maxUsers", options.maxUsers());
        f.put("seed", options.seed());
        f.put("longTail", longTail);
        return recipe.append(StepKind.EVALUATE, "evaluate", f);
    }

    /**
     * Adds the {@code tuning} field when {@code model} was fitted with the values the last Tune chose (same seed,
     * same hyper-parameters): the search that chose the recorded {@code parameters}, for this model only. A replay
     * fits {@code parameters} as recorded and does not tune again.
     */
    private void tuning(ObjectNode f, TrainedModel model) {
        RecommendationService.TuneReport report = tuning.get();
        if (report == null || report.seed() != model.seed() || !report.parameters().equals(model.parameters())) {
            return;
        }
        ObjectNode field = RecipeService.tuningField(report);
        com.fasterxml.jackson.databind.node.ArrayNode mine = field.putArray("models");
        RecipeService.tuningField(report).get("models").forEach(m -> {
            if (m.get("model").asText().equalsIgnoreCase(model.name())) {
                mine.add(m);
            }
        });
        if (!mine.isEmpty()) {
            f.set("tuning", field);
        }
    }

    /** Adds the {@code parameters} field when {@code parameters} differ from the defaults for {@code seed}. */
    private static void parameters(ObjectNode f, ModelParameters parameters, long seed) {
        ObjectNode changed = RecipeService.modelParameterFields(parameters, seed);
        if (!changed.isEmpty()) {
            f.set("parameters", changed);
        }
    }

    private ObjectNode inputs(SourceChoice choice) {
        ObjectNode f = SessionRecipe.fields();
        if (choice.kind() == InputKind.RATINGS) {
            f.put("ratings", importOf(choice.ratings(), choice.roles()));
        }
        String transactions = choice.kind() == InputKind.RATINGS ? null
                : importOf(choice.transactions(), choice.roles());
        if (transactions != null) {
            f.put("transactions", transactions);
        }
        if (choice.products() != null) {
            f.put("products", importOf(choice.products(), RoleMapping.empty()));
        }
        if (choice.segmentSource() == SegmentSource.DATASET && choice.segments() != null) {
            f.put("segments", importOf(choice.segments(), RoleMapping.empty()));
            if (choice.segmentColumn() != null) {
                f.put("segmentColumn", choice.segmentColumn());
            }
        } else if (choice.segmentSource() == SegmentSource.RFM && transactions != null) {
            f.put("segments", rfmOf(transactions));
            f.put("segmentColumn", "segment");
        }
        f.put("weighting", choice.options().weighting().name().toLowerCase(Locale.ROOT));
        return f;
    }

    /** The name of the step whose output {@code file} is (import or earlier output), appending an import if none. */
    private String importOf(Path file, RoleMapping roles) {
        String path = file.toAbsolutePath().normalize().toString();
        String known = recipe.stepFor(file); // imported, or written by an earlier step (a masked export)
        if (known != null) {
            return known;
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("file", path);
        if (!roles.asMap().isEmpty()) {
            f.put("roles", roles.format());
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return recipe.append(StepKind.IMPORT, stem, f).name();
    }

    /** The name of the RFM step over {@code transactions}, appending one when the recipe has none yet. */
    private String rfmOf(String transactions) {
        for (RecipeStep s : recipe.steps()) {
            if (s.kind() == StepKind.RFM && transactions.equals(s.text("transactions", null))) {
                return s.name();
            }
        }
        ObjectNode f = SessionRecipe.fields();
        f.put("transactions", transactions);
        return recipe.append(StepKind.RFM, "rfm", f).name();
    }
}
