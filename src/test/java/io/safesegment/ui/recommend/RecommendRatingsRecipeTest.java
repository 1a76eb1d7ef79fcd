package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeRunner;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.RecipeValidator;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratings inputs and changed hyper-parameters of the Recommendations section are recorded ({@code ratings},
 * {@code parameters}) and a headless replay gives the same evaluation and the same top-N: same-thread executor, no
 * toolkit.
 */
class RecommendRatingsRecipeTest {
    @TempDir
    static Path samplesDir;
    private static Path samples;

    @TempDir
    Path dir;

    @BeforeAll
    static void samples() throws Exception {
        samples = RecommendSamples.write(samplesDir.resolve("samples"));
    }

    private RecommendPaneFixture withRatings() throws Exception {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < 80; u++) {
            for (int i = 0; i < 40; i++) {
                if (random.nextDouble() < 0.3) {
                    double taste = (u % 2 == i % 2 ? 4.2 : 1.8) + random.nextGaussian() * 0.3;
                    csv.append("u").append(u).append(",i").append(i).append(',')
                            .append(Math.max(1, Math.min(5, Math.round(taste)))).append('\n');
                }
            }
        }
        Path ratings = Files.writeString(dir.resolve("ratings.csv"), csv);
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.workspace.registerDataset("ratings.csv", ratings, "csv");
        f.model.refreshWorkspace();
        f.model.source().kindProperty().set(InputKind.RATINGS);
        f.model.source().ratingsProperty().set("ratings.csv");
        return f;
    }

    @Test
    void aRatingsEvaluationWithChangedFactorsReplaysToTheSameMetrics() throws Exception {
        RecommendPaneFixture f = withRatings();
        f.model.dataPane().buildInteractions();
        f.model.settings().select(List.of("popularity", "mf"));
        f.model.settings().factorsProperty().set(4);
        EvaluationPaneViewModel pane = f.model.evaluationPane();
        pane.evaluation().foldsProperty().set(2);
        pane.evaluation().seedProperty().set(11);
        pane.evaluate();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(List.of(), f.dialogs.notices);

        RecipeStep step = f.session.recipe().steps().getLast();
        assertEquals(StepKind.EVALUATE, step.kind());
        assertTrue(step.get("transactions") == null, step.toString());
        RecipeStep imported = f.session.recipe().steps().stream()
                .filter(s -> s.name().equals(step.text("ratings", ""))).findFirst().orElseThrow();
        assertEquals(dir.resolve("ratings.csv").toAbsolutePath().toString(), imported.text("file", null));
        assertEquals(4, step.get("parameters").get("mf").get("factors").asInt());

        var recipe = f.session.recipe().toRecipe("ratings", dir);
        Path ws = f.workspace.directory();
        assertEquals(List.of(), new RecipeValidator(recipe, ws, RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(recipe, ws, RecipeKeys.NONE).run(Progress.NONE);
        JsonNode report = new ObjectMapper().readTree(Path.of(result.steps().getLast().outputs().get(step.name()))
                .toFile());
        for (int m = 0; m < 2; m++) {
            MetricRow shown = pane.evaluation().overall().get(m);
            JsonNode replayed = report.get("models").get(m);
            assertEquals(shown.model(), replayed.get("model").asText());
            assertEquals(shown.metrics().ndcg(), replayed.get("overall").get("ndcg").asDouble(), 1e-12);
            if (shown.metrics().rmse() != null) {
                assertEquals(shown.metrics().rmse(), replayed.get("overall").get("rmse").asDouble(), 1e-12,
                        "MF with 4 factors, as shown");
            }
        }
    }

    @Test
    void aRatingsPreviewIsRecordedAndReplaysToTheSameTopN() throws Exception {
        RecommendPaneFixture f = withRatings();
        f.buildAndTrain("mf", "popularity");
        PreviewState preview = f.model.preview();
        preview.customerProperty().set("u7");
        preview.nProperty().set(5);
        preview.modelAProperty().set("mf");
        preview.modelBProperty().set("popularity");
        f.model.previewPane().runPreview();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(5, preview.itemsA().size());
        RecipeStep mf = f.session.recipe().steps().stream()
                .filter(s -> "mf".equals(s.text("model", null))).findFirst().orElseThrow();
        assertTrue(mf.get("ratings") != null, mf.toString());

        var recipe = f.session.recipe().toRecipe("preview", dir);
        RecipeResult result = new RecipeRunner(recipe, f.workspace.directory(), RecipeKeys.NONE).run(Progress.NONE);
        Path csv = Path.of(result.steps().stream().filter(s -> s.name().equals(mf.name())).findFirst().orElseThrow()
                .outputs().get(mf.name()));
        List<String> replayed = Files.readAllLines(csv).stream().skip(1).filter(l -> l.startsWith("u7,"))
                .map(l -> l.split(",")[2]).toList();
        assertEquals(preview.itemsA().stream().map(RecommendedItem::itemId).toList(), replayed);
    }
}
