package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Preview pane without the JavaFX toolkit: top-N through the service, one {@code recommend} recipe step per
 * shown model, and a headless replay of the recorded recipe that lists the same top-N.
 */
class PreviewPaneViewModelTest {
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
    void aCustomerPreviewIsRecordedAndTheReplayListsTheSameTopN() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.settings().seedProperty().set(99);
        f.buildAndTrain("itemknn", "popularity", "hybrid");
        PreviewState preview = f.model.preview();
        preview.customerProperty().set("C0000012");
        preview.nProperty().set(5);
        preview.modelAProperty().set("hybrid");
        preview.modelBProperty().set("itemknn");
        f.model.previewPane().runPreview();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(5, preview.itemsA().size());

        List<RecipeStep> steps = f.session.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.IMPORT, StepKind.RFM, StepKind.RECOMMEND, StepKind.RECOMMEND),
                steps.stream().map(RecipeStep::kind).toList());
        RecipeStep hybrid = steps.get(3);
        assertEquals("hybrid", hybrid.text("model", null));
        assertEquals(99, hybrid.get("seed").asLong());
        assertEquals(5, hybrid.get("n").asInt());
        assertEquals(steps.getFirst().name(), hybrid.text("transactions", null));
        assertEquals(samples.resolve("transactions.csv").toAbsolutePath().normalize().toString(),
                steps.getFirst().text("file", null));
        assertEquals(steps.get(2).name(), hybrid.text("segments", null), "RFM segments come from the rfm step");
        assertEquals("itemknn", steps.get(4).text("model", null));

        var recipe = f.session.recipe().toRecipe("preview", dir);
        Path wsDir = f.workspace.directory();
        assertEquals(List.of(), new RecipeValidator(recipe, wsDir, RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(recipe, wsDir, RecipeKeys.NONE).run(Progress.NONE);
        assertEquals(List.of("done", "done", "done", "done", "done"),
                result.steps().stream().map(RecipeResult.StepResult::status).toList());
        assertEquals(ids(preview.itemsA()), replayedTopN(result, hybrid.name(), "C0000012"));
        assertEquals(ids(preview.itemsB()), replayedTopN(result, steps.get(4).name(), "C0000012"));
        assertEquals(List.of(), f.dialogs.notices, "default hyper-parameters replay exactly: no notice");
    }

    @Test
    void changedHyperParametersAreRecordedAndTheReplayUsesThem() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.settings().neighboursProperty().set(3);
        f.model.settings().shrinkageProperty().set(0);
        f.buildAndTrain("itemknn", "popularity");
        PreviewState preview = f.model.preview();
        preview.customerProperty().set("C0000012");
        preview.nProperty().set(8);
        preview.modelAProperty().set("itemknn");
        preview.modelBProperty().set("popularity");
        f.model.previewPane().runPreview();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(List.of(), f.dialogs.notices, "the recipe carries the settings: nothing to warn about");

        List<RecipeStep> steps = f.session.recipe().steps();
        RecipeStep knn = steps.stream().filter(s -> "itemknn".equals(s.text("model", null))).findFirst()
                .orElseThrow();
        assertEquals(3, knn.get("parameters").get("itemKnn").get("neighbours").asInt());
        assertEquals(0, knn.get("parameters").get("itemKnn").get("shrinkage").asDouble());
        assertTrue(knn.get("parameters").get("itemKnn").get("similarity") == null, "unchanged values stay out");
        RecipeStep popularity = steps.getLast();
        assertEquals("popularity", popularity.text("model", null));

        var recipe = f.session.recipe().toRecipe("preview", dir);
        RecipeResult result = new RecipeRunner(recipe, f.workspace.directory(), RecipeKeys.NONE).run(Progress.NONE);
        assertEquals(ids(preview.itemsA()), replayedTopN(result, knn.name(), "C0000012"),
                "the replay fits item-kNN with 3 neighbours, not the default 50");
        var defaults = (com.fasterxml.jackson.databind.node.ObjectNode) knn.fields().deepCopy();
        defaults.remove("parameters");
        List<RecipeStep> withoutParameters = steps.stream().map(s -> s != knn ? s
                : new RecipeStep(s.number(), s.kind(), s.name(), defaults)).toList();
        RecipeResult replayedDefaults = new RecipeRunner(new io.safesegment.core.recipe.Recipe(1, "defaults",
                withoutParameters, dir), dir.resolve("defaults-ws"), RecipeKeys.NONE).run(Progress.NONE);
        assertTrue(!ids(preview.itemsA()).equals(replayedTopN(replayedDefaults, knn.name(), "C0000012")),
                "the settings matter for this customer, so the test would notice defaults");
    }

    @Test
    void aSegmentPreviewRecordsTheSegment() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.buildAndTrain("popularity");
        PreviewState preview = f.model.preview();
        preview.targetProperty().set(PreviewState.Target.SEGMENT);
        String segment = preview.segments().getFirst();
        preview.segmentProperty().set(segment);
        f.model.previewPane().runPreview();
        assertEquals(List.of(), f.dialogs.shown);
        assertTrue(!preview.itemsA().isEmpty());
        RecipeStep step = f.session.recipe().steps().getLast();
        assertEquals(StepKind.RECOMMEND, step.kind());
        assertEquals(segment, step.text("segment", null));
        assertEquals(List.of(), new RecipeValidator(f.session.recipe().toRecipe("s", dir), f.workspace.directory(),
                RecipeKeys.NONE).validate());
    }

    @Test
    void nothingTrainedIsExplainedAndNotRecorded() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.dataPane().buildInteractions();
        f.model.previewPane().runPreview();
        assertEquals(List.of("info: Preview"), f.dialogs.shown);
        assertTrue(f.session.recipe().isEmpty());
    }

    private static List<String> ids(List<RecommendedItem> items) {
        return items.stream().map(RecommendedItem::itemId).toList();
    }

    /** The product ids the replayed campaign list gives {@code customer}, in rank order. */
    private static List<String> replayedTopN(RecipeResult result, String step, String customer) throws Exception {
        Path csv = Path.of(result.steps().stream().filter(s -> s.name().equals(step)).findFirst().orElseThrow()
                .outputs().get(step));
        return Files.readAllLines(csv).stream().skip(1).filter(l -> l.startsWith(customer + ","))
                .map(l -> l.split(",")[2]).toList();
    }
}
