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
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Evaluation pane without the JavaFX toolkit: evaluation through the service, saved run, recipe step. */
class EvaluationPaneViewModelTest {
    @TempDir
    static Path samplesDir;
    private static Path samples;

    @TempDir
    Path dir;

    @BeforeAll
    static void samples() throws Exception {
        samples = RecommendSamples.write(samplesDir.resolve("samples"));
    }

    @Test
    void evaluationShowsSavesAndRecordsAStepThatReplaysWithTheSameModels() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        EvaluationPaneViewModel pane = f.model.evaluationPane();
        assertTrue(pane.evaluateDisabled().get());
        f.model.dataPane().buildInteractions();
        f.model.settings().select(List.of("popularity", "itemknn"));
        pane.evaluation().foldsProperty().set(2);
        pane.evaluation().maxUsersProperty().set(200);
        pane.evaluation().seedProperty().set(5);
        pane.evaluate();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(2, pane.evaluation().overall().size());
        assertEquals(1, pane.evaluation().savedRuns().size(), "saved in the workspace");
        assertEquals(List.of(), f.dialogs.notices, "default hyper-parameters: the step replays exactly");

        RecipeStep step = f.session.recipe().steps().getLast();
        assertEquals(StepKind.EVALUATE, step.kind());
        assertEquals(5, step.get("seed").asLong());
        assertEquals(2, step.get("folds").asInt());
        assertEquals(200, step.get("maxUsers").asInt());
        assertEquals("[\"popularity\",\"itemknn\"]", step.get("models").toString());

        var recipe = f.session.recipe().toRecipe("evaluate", dir);
        Path ws = f.workspace.directory();
        assertEquals(List.of(), new RecipeValidator(recipe, ws, RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(recipe, ws, RecipeKeys.NONE).run(Progress.NONE);
        JsonNode report = new ObjectMapper().readTree(Path.of(result.steps().getLast().outputs().get(step.name()))
                .toFile());
        assertEquals(2, report.get("models").size());
        for (int m = 0; m < 2; m++) {
            MetricRow shown = pane.evaluation().overall().get(m);
            JsonNode replayed = report.get("models").get(m);
            assertEquals(shown.model(), replayed.get("model").asText());
            assertEquals(shown.metrics().ndcg(), replayed.get("overall").get("ndcg").asDouble(), 1e-12,
                    "same seed, same splits, same nDCG");
        }
    }
}
