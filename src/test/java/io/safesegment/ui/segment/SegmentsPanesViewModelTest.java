package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.KRange;
import io.safesegment.ui.common.chart.ScatterData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each pane's ViewModel of the Segments section, without the JavaFX toolkit. */
class SegmentsPanesViewModelTest {
    private static final int CUSTOMERS = 300;

    @TempDir
    Path dir;

    private SegmentsTestBench bench;
    private SegmentsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        bench = SegmentsTestBench.open(dir, CUSTOMERS);
        model = bench.model;
    }

    @Test
    void sourcePaneReadsTheWorkspaceDatasetsAndTheFeaturesPaneOffersTheDefaultSet() {
        assertTrue(model.source().loadedProperty().get(), "loaded when shown: " + bench.dialogs.shown);
        assertEquals("customers.csv", model.source().customersDatasetProperty().get());
        assertTrue(model.source().sourceTextProperty().get().startsWith(CUSTOMERS + " customers"),
                model.source().sourceTextProperty().get());
        List<String> checked = model.features().features().stream().filter(r -> r.selectedProperty().get())
                .map(FeatureRow::name).toList();
        assertEquals(List.of("order_count", "avg_spend", "recency_days", "tenure_days"), checked);
    }

    @Test
    void theSourceSummaryFollowsALanguageSwitchAfterTheLoad() {
        assertTrue(model.source().summary().startsWith(CUSTOMERS + " customers"), model.source().summary());
        try {
            io.safesegment.ui.common.I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            assertTrue(model.source().summary().startsWith(CUSTOMERS + " 位客户"), model.source().summary());
        } finally {
            io.safesegment.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void scoringOnlySuggestsKUntilTheUserTakesIt() {
        model.settings().kProperty().set(7);
        model.scoring().chooseK();
        KRange.Result scan = model.scoring().kRangeProperty().get();
        assertNotNull(scan, "scan finished: " + bench.dialogs.shown);
        assertEquals(9, scan.scores().size(), "k = 2..10");
        assertEquals(scan.suggestedK(), model.scoring().suggestedKProperty().get());
        assertEquals(7, model.settings().kProperty().get(), "Score k left k alone");
        model.scoring().useSuggestedK();
        assertEquals(scan.suggestedK(), model.settings().kProperty().get());
        model.scoring().pickK(3);
        assertEquals(3, model.settings().kProperty().get(), "a click on a chart point picks that k");
    }

    @Test
    void algorithmPaneProposesEpsilonFromTheKDistanceKnee() {
        model.settings().algorithmProperty().set(Algorithm.DBSCAN);
        model.algorithm().computeKDistance();
        assertNotNull(model.algorithm().kDistanceProperty().get(), "curve computed: " + bench.dialogs.shown);
        assertEquals(model.algorithm().kDistanceProperty().get().suggestedEpsilon(),
                model.settings().epsilonProperty().get());
        assertTrue(model.settings().epsilonProperty().get() > 0);
    }

    @Test
    void noFeatureCheckedIsAnInputErrorAndNothingRuns() {
        bench.use(List.of());
        model.run();
        assertEquals(1, bench.dialogs.shown.size(), "one input error: " + bench.dialogs.shown);
        assertNull(model.runProperty().get());
        assertTrue(bench.session.recipe().isEmpty(), "nothing recorded");
    }

    @Test
    void scatterPaneShowsTheRunWithStableNumbersAndListsTheLassoedCustomers() {
        model.settings().kProperty().set(4);
        model.run();
        ClusteringRun first = model.runProperty().get();
        assertNotNull(first, "run finished: " + bench.dialogs.shown);
        ScatterData scatter = model.scatter().scatterProperty().get();
        assertEquals(CUSTOMERS, scatter.x().length);
        assertEquals(List.of(ScatterViewModel.PC1, ScatterViewModel.PC2, "order_count", "avg_spend", "recency_days",
                "tenure_days"), model.scatter().axisChoices());
        assertTrue(scatter.xLabel().startsWith("PC1"), scatter.xLabel());
        for (int c = 1; c < first.k(); c++) {
            assertTrue(first.sizes()[c - 1] >= first.sizes()[c], "segment 1 is the largest");
        }
        model.scatter().selectPoints(new int[] {0, 1, 2});
        assertEquals(3, model.scatter().selected().size());
        assertTrue(model.scatter().selected().getFirst().customerId().startsWith("C"));

        model.run();
        ClusteringRun second = model.runProperty().get();
        assertFalse(first.id().equals(second.id()), "a second run");
        assertArrayEquals(first.labels(), second.labels(), "same seed and settings: same numbers and colours");
        assertArrayEquals(second.labels(), model.scatter().scatterProperty().get().labels());
        assertTrue(model.scatter().selected().isEmpty(), "a new run clears the old selection");
    }

    @Test
    void profilesPaneRenamesASegmentExportsTheProfilesAndTheRunsPaneListsTheRun() throws Exception {
        model.settings().kProperty().set(3);
        model.run();
        assertEquals(3, model.profiles().profiles().size());
        assertTrue(model.profiles().runSummaryProperty().get().contains("order_count counts distinct orders"),
                model.profiles().runSummaryProperty().get());
        assertEquals("order_count (orders)", model.profiles().featureTitle("order_count"));

        ProfileRow row = model.profiles().profiles().getFirst();
        row.nameProperty().set("Loyal regulars");
        assertEquals("Loyal regulars", model.runProperty().get().segmentNames().get(row.profile().segment()));
        assertEquals("Loyal regulars", model.scatter().scatterProperty().get().names()
                .get(row.profile().segment()), "the legend follows the rename");
        assertEquals(3, model.profiles().profiles().size(), "the rows stay");

        Path file = dir.resolve("profiles.csv");
        bench.dialogs.nextFile = file;
        model.profiles().exportProfiles();
        assertTrue(Files.readString(file).contains("Loyal regulars"), "exported with the edited name");
        assertEquals(List.of(), bench.dialogs.errors);
        assertEquals(1, model.history().runs().size(), "the run is saved in the workspace");
    }

    @Test
    void runsPaneComparesTwoSavedRuns() {
        model.settings().kProperty().set(3);
        model.run();
        model.run();
        assertEquals(2, model.history().runs().size());
        model.history().compare(model.history().runs().get(0), model.history().runs().get(1));
        assertEquals(List.of(), bench.dialogs.shown);
        assertEquals(3, model.history().comparisonRows().size());
        assertTrue(model.history().comparisonTextProperty().get().contains("1.000"),
                "same seed, same partition: " + model.history().comparisonTextProperty().get());
    }

    @Test
    void rfmPaneScoresTheTransactions() {
        model.rfm().runRfm();
        assertFalse(model.rfm().segments().isEmpty(), "RFM segments: " + bench.dialogs.shown);
        assertTrue(model.rfm().summaryProperty().get().startsWith(CUSTOMERS + " customers"),
                model.rfm().summaryProperty().get());
    }

    @Test
    void assignmentsAreExportedOneRowPerCustomer() throws Exception {
        model.run();
        Path file = dir.resolve("assignments.csv");
        bench.dialogs.nextFile = file;
        model.exportAssignments();
        List<String> lines = Files.readAllLines(file);
        assertEquals("customer_id,segment,segment_name", lines.getFirst());
        assertEquals(CUSTOMERS + 1, lines.size());
        assertEquals(1, bench.dialogs.notices.size(), "a toast says where it went");
    }
}
