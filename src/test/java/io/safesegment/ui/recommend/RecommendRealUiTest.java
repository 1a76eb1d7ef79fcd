package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 in the Recommendations section without the toolkit: the rating models are offered for ratings only, the
 * customer search selects the customer it finds, Tune reports its choice, and the campaign list is exported.
 */
class RecommendRealUiTest {
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
    void ratingModelsAreOfferedOnlyForRatings() {
        ModelSettings settings = new ModelSettings();
        settings.offer(true, false);
        List<String> names = settings.models().stream().map(ModelChoice::name).toList();
        assertTrue(names.containsAll(List.of("mf", "svdpp", "baseline", "knnbaseline")), names.toString());
        settings.offer(false, false);
        List<String> implicit = settings.models().stream().map(ModelChoice::name).toList();
        assertFalse(implicit.contains("mf") || implicit.contains("svdpp") || implicit.contains("baseline")
                || implicit.contains("knnbaseline"), implicit.toString());
    }

    @Test
    void theCustomerSearchSelectsTheCustomerItFinds() {
        PreviewState state = new PreviewState();
        state.setData(List.of("C001", "C002", "C017", "C170"), List.of());
        assertEquals("C001", state.customerProperty().get(), "before searching: the first customer");
        state.queryProperty().set("17");
        assertEquals(List.of("C017", "C170"), state.matches());
        assertEquals("C017", state.customerProperty().get(), "the first match, not the earlier choice");
        state.queryProperty().set("c170");
        assertEquals("C170", state.customerProperty().get(), "an id typed in full is chosen");
        state.queryProperty().set("nobody");
        assertNull(state.customerProperty().get(), "nothing found: no silent preview of another customer");
    }

    @Test
    void searchingThenPreviewingShowsTheFoundCustomer() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.buildAndTrain("itemknn");
        PreviewState preview = f.model.preview();
        String wanted = preview.matches().get(7);
        preview.queryProperty().set(wanted);
        f.model.previewPane().runPreview();
        assertEquals(List.of(), f.dialogs.shown);
        assertTrue(preview.summaryAProperty().get().contains(wanted), preview.summaryAProperty().get());
    }

    @Test
    void tuneReportsItsChoiceAndTrainingUsesIt() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.model.dataPane().buildInteractions();
        f.model.settings().select(List.of("itemknn"));
        f.model.modelsPane().tune();
        assertEquals(List.of(), f.dialogs.shown);
        assertTrue(f.model.modelsPane().tuneSummaryProperty().get().startsWith("itemknn: ndcg@10"),
                f.model.modelsPane().tuneSummaryProperty().get());
        f.model.modelsPane().train();
        TrainedModel trained = f.model.modelsPane().trained().getFirst();
        assertEquals(f.model.modelsPane().tuned().parameters().itemKnn(), trained.parameters().itemKnn());
        assertEquals(trained.parameters().itemKnn(), trained.fitted().model().model().params());
    }

    @Test
    void exportCampaignListWritesEveryCustomerToTheChosenFile() throws Exception {
        RecommendPaneFixture f = new RecommendPaneFixture(samples, dir);
        f.buildAndTrain("popularity");
        f.model.preview().nProperty().set(3);
        Path target = dir.resolve("campaign.csv");
        f.dialogs.nextFile = target;
        f.model.previewPane().exportCampaignList();
        assertEquals(List.of("save: Save the campaign list"), f.dialogs.shown);
        List<String> lines = Files.readAllLines(target);
        assertEquals("customer_id,rank,product_id,product_name,score,explanation", lines.getFirst());
        long customers = lines.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
        assertTrue(customers > 10, "customers listed: " + customers);
        assertEquals(3 * customers + 1, lines.size(), "three rows per customer");
        assertEquals("Campaign list for " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(customers) + " customers written to campaign.csv", f.statuses.getLast());
    }
}
