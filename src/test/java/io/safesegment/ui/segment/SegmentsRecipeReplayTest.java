package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeRunner;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.RecipeValidator;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segmentation made in the GUI is recorded as recipe steps that {@code safesegment run} (the recipe runner) replays
 * to the same assignments: same customers, same segment numbers and names, byte for byte.
 */
class SegmentsRecipeReplayTest {
    private static final int CUSTOMERS = 300;

    @TempDir
    Path dir;

    @Test
    void aRecordedKMeansRunWithAPerFeatureScalingReplaysToTheSameAssignments() throws Exception {
        SegmentsTestBench bench = SegmentsTestBench.open(dir, CUSTOMERS);
        SegmentsViewModel model = bench.model;
        bench.use(List.of("order_count", "avg_spend", "recency_days", "total_spend"));
        model.features().features().stream().filter(r -> r.name().equals("total_spend")).findFirst().orElseThrow()
                .scalingProperty().set(Scaling.ROBUST);
        model.settings().kProperty().set(4);
        model.settings().seedProperty().set(11);
        model.run();
        assertNotNull(model.runProperty().get(), "run finished: " + bench.dialogs.shown);

        List<RecipeStep> steps = bench.session.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.IMPORT, StepKind.IMPORT, StepKind.SEGMENT),
                steps.stream().map(RecipeStep::kind).toList(), "inputs imported once, then the run");
        ObjectNode segment = steps.getLast().fields();
        assertEquals("kmeans", segment.get("algorithm").asText());
        assertEquals(4, segment.get("k").asInt());
        assertEquals(11, segment.get("seed").asLong());
        assertEquals("robust", segment.get("scalingByColumn").get("total_spend").asText());
        assertEquals(steps.getFirst().name(), segment.get("customers").asText());
        assertTrue(steps.getFirst().fields().get("file").asText().endsWith("customers.csv"));

        Path gui = dir.resolve("gui-assignments.csv");
        bench.dialogs.nextFile = gui;
        model.exportAssignments();
        RecipeStep segmentStep = bench.session.recipe().steps().getLast();
        assertEquals(StepKind.SEGMENT, segmentStep.kind(), "no extra step: the run's step writes the export");
        assertEquals(gui.toAbsolutePath().toString(), segmentStep.text("output", null));
        Path second = dir.resolve("gui-assignments-again.csv");
        bench.dialogs.nextFile = second;
        model.exportAssignments();
        RecipeStep export = bench.session.recipe().steps().getLast();
        assertEquals(StepKind.EXPORT, export.kind(), "a second export of the run is an export step");
        assertEquals(segmentStep.name(), export.text("input", null));

        Path replayedAssignments = dir.resolve("replayed-assignments.csv");
        Path replayedExport = dir.resolve("replayed-export.csv");
        Recipe recipe = bench.session.recipe().toRecipe("segments", dir).withOverrides(List.of(
                segmentStep.name() + ".output=" + replayedAssignments, export.name() + ".output=" + replayedExport));
        assertEquals(List.of(), new RecipeValidator(recipe, bench.workspaceDir, RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(recipe, bench.workspaceDir, RecipeKeys.NONE).run(Progress.NONE);
        assertTrue(result.steps().stream().allMatch(s -> s.status().equals("done")), result.toString());
        assertEquals(Files.readString(gui), Files.readString(replayedAssignments),
                "the replay assigns every customer alike, byte for byte");
        assertEquals(Files.readAllLines(second), Files.readAllLines(replayedExport),
                "the second export's rows (the table writer ends lines with CRLF)");
    }

    @Test
    void aSecondRunReusesTheImportsAndRfmIsRecordedAndReplays() throws Exception {
        SegmentsTestBench bench = SegmentsTestBench.open(dir, CUSTOMERS);
        SegmentsViewModel model = bench.model;
        model.settings().algorithmProperty().set(io.safesegment.core.segment.Algorithm.DBSCAN);
        model.settings().minPointsProperty().set(8);
        model.run();
        model.rfm().runRfm();
        assertEquals(List.of(), bench.dialogs.shown);

        List<RecipeStep> steps = bench.session.recipe().steps();
        assertEquals(List.of(StepKind.IMPORT, StepKind.IMPORT, StepKind.IMPORT, StepKind.SEGMENT, StepKind.RFM),
                steps.stream().map(RecipeStep::kind).toList());
        ObjectNode dbscan = steps.get(3).fields();
        assertEquals("dbscan", dbscan.get("algorithm").asText());
        assertEquals(8, dbscan.get("minPoints").asInt());
        assertTrue(dbscan.has("seed"), "seeds are always recorded");
        assertEquals(steps.get(1).name(), steps.get(4).fields().get("transactions").asText());

        Recipe recipe = bench.session.recipe().toRecipe("segments", dir);
        assertEquals(List.of(), new RecipeValidator(recipe, bench.workspaceDir, RecipeKeys.NONE).validate());
        RecipeResult result = new RecipeRunner(recipe, bench.workspaceDir, RecipeKeys.NONE).run(Progress.NONE);
        assertTrue(result.steps().stream().allMatch(s -> s.status().equals("done")), result.toString());
    }
}
