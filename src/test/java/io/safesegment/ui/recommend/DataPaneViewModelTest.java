package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recipe.StepKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data pane without the JavaFX toolkit: building interactions, and what a build does not record. */
class DataPaneViewModelTest {
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
    void buildFillsTheSharedStateAndOffersModelsButRecordsNothing() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        assertFalse(f.model.dataPane().busyProperty().get());
        f.model.dataPane().buildInteractions();
        assertEquals(List.of(), f.dialogs.shown);
        assertNotNull(f.model.builtProperty().get());
        assertEquals(RecommendSamples.CUSTOMERS, f.model.builtProperty().get().customers().size());
        assertTrue(f.model.dataSummaryProperty().get().contains("600 customers"), f.model.dataSummaryProperty().get());
        assertEquals(f.model.builtProperty().get().customers().getFirst(),
                f.model.preview().customerProperty().get(), "the preview pane got the customers");
        assertTrue(f.session.recipe().isEmpty(), "reading data changes nothing: no step");
        assertNull(f.session.recipe().lastNameOf(StepKind.IMPORT));
    }

    @Test
    void aMissingTransactionsChoiceIsShownNotBuilt() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.source().transactionsProperty().set(null);
        f.model.dataPane().buildInteractions();
        assertNull(f.model.builtProperty().get());
        assertEquals(List.of("error: Check the settings"), f.dialogs.shown);
    }
}
