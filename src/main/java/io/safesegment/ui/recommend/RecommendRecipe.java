package io.safesegment.ui.recommend;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recommend.ModelParameters;
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
 * own. Ratings inputs are not recorded: recipe steps read transactions only.
 */
final class RecommendRecipe {
    private final SessionRecipe recipe;

    RecommendRecipe(SessionRecipe recipe) {
        this.recipe = recipe;
    }

    /**
     * Records the top-{@code n} of {@code model}; with {@code segment} the step lists that segment's members.
     *
     * @return the step, or null when the input cannot be replayed (ratings)
     */
    RecipeStep recordRecommend(SourceChoice choice, TrainedModel model, int n, String segment) {
        if (choice.kind() != InputKind.TRANSACTIONS) {
            return null;
        }
        ObjectNode f = inputs(choice);
        if (segment != null) {
            f.put("segment", segment);
        }
        // evaluate steps take no half-life (the recipe format's default, 180 days, applies there)
        f.put("halfLife", choice.options().halfLifeDays());
        f.put("model", model.name());
        f.put("seed", model.seed());
        f.put("n", n);
        f.put("longTail", model.fitted().choice().longTail());
        return recipe.append(StepKind.RECOMMEND, "recommend-" + model.name(), f);
    }

    /** Records a cross-validation of {@code models}; null when the input cannot be replayed (ratings). */
    RecipeStep recordEvaluate(SourceChoice choice, List<String> models, EvaluationOptions options, double longTail) {
        if (choice.kind() != InputKind.TRANSACTIONS) {
            return null;
        }
        ObjectNode f = inputs(choice);
        models.forEach(f.putArray("models")::add);
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
     * Whether {@code model} with {@code parameters} is the model a recipe step (which has no hyper-parameter fields,
     * so a replay uses the documented defaults) fits: only the parameters that model reads are compared.
     */
    static boolean replaysExactly(String model, ModelParameters parameters, long seed) {
        ModelParameters d = ModelParameters.defaults(seed);
        return switch (model) {
            case "itemknn" -> parameters.itemKnn().equals(d.itemKnn());
            case "userknn" -> parameters.userKnn().equals(d.userKnn());
            case "mf" -> parameters.mf().equals(d.mf());
            case "als" -> parameters.als().equals(d.als());
            case "bpr" -> parameters.bpr().equals(d.bpr());
            case "content" -> parameters.content().equals(d.content());
            case "markov" -> parameters.markov().equals(d.markov());
            case "hybrid" -> parameters.hybrid().equals(d.hybrid()) && parameters.itemKnn().equals(d.itemKnn())
                    && parameters.content().equals(d.content());
            default -> true; // popularity has no hyper-parameters
        };
    }

    private ObjectNode inputs(SourceChoice choice) {
        ObjectNode f = SessionRecipe.fields();
        String transactions = importOf(choice.transactions(), choice.roles());
        f.put("transactions", transactions);
        if (choice.products() != null) {
            f.put("products", importOf(choice.products(), RoleMapping.empty()));
        }
        if (choice.segmentSource() == SegmentSource.DATASET && choice.segments() != null) {
            f.put("segments", importOf(choice.segments(), RoleMapping.empty()));
            if (choice.segmentColumn() != null) {
                f.put("segmentColumn", choice.segmentColumn());
            }
        } else if (choice.segmentSource() == SegmentSource.RFM) {
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
