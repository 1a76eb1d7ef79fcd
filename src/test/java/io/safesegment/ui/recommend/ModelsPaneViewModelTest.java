package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Models pane without the JavaFX toolkit: training through the service with the pane's settings. */
class ModelsPaneViewModelTest {
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
    void trainIsDisabledUntilBuiltThenTrainsTheTickedModelsWithTheSeed() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        ModelsPaneViewModel pane = f.model.modelsPane();
        assertTrue(pane.trainDisabled().get());
        f.model.dataPane().buildInteractions();
        assertEquals(false, pane.trainDisabled().get());
        pane.settings().seedProperty().set(7);
        pane.settings().longTailProperty().set(0.5);
        pane.settings().select(List.of("itemknn", "bpr"));
        pane.train();
        assertEquals(List.of(), f.dialogs.shown);
        assertEquals(List.of("itemknn", "bpr"), pane.trained().stream().map(TrainedModel::name).toList());
        TrainedModel bpr = pane.trained().get(1);
        assertEquals(7, bpr.seed());
        assertEquals(7, bpr.fitted().choice().seed());
        assertEquals(0.5, bpr.fitted().choice().longTail());
        assertEquals(List.of("itemknn", "bpr"), f.model.preview().trained(), "the preview offers them");
        assertTrue(f.session.recipe().isEmpty(), "training alone writes nothing: no step");
    }

    @Test
    void noTickedModelIsExplainedNotTrained() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.dataPane().buildInteractions();
        f.model.settings().select(List.of());
        f.model.modelsPane().train();
        assertEquals(List.of("info: Train ticked models"), f.dialogs.shown);
        assertTrue(f.model.trained().isEmpty());
    }
}
