package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ForeignShapes;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.common.chart.ScatterData;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The Segments ViewModel on an online-retail file (foreign column names, NA customers, a full return): the scatter
 * and profiles speak in original units and the summaries show what was left out.
 */
class SegmentsViewModelTest {
    private static final String RETAIL_CUSTOMERS = "CustomerID,Country\n17850,UK\n12346,UK\n12347,IS\n13047,UK\n";

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SegmentsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        workspace.registerDataset("customers.csv", ForeignShapes.write(dir, "c.csv", RETAIL_CUSTOMERS), "csv");
        workspace.registerDataset("transactions.csv", ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL),
                "csv");
        WorkspaceSession session = new WorkspaceSession();
        List<String> statuses = new ArrayList<>();
        // No JavaFX toolkit: the same-thread executor runs each task to its end inside the call.
        session.setWorkspace(workspace);
        model = new SegmentsViewModel(session, new SimpleObjectProperty<Table>(), TaskExecutor.sameThread(), dialogs,
                statuses::add);
        model.setActive(true);
        assertEquals(List.of(), dialogs.shown);
    }

    @AfterEach
    void resetLocale() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private void runWith(List<String> features) throws Exception {
        model.features().features().forEach(r -> r.selectedProperty().set(features.contains(r.name())));
        model.settings().kProperty().set(2);
        model.run();
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void twoFeatureScatterIsInOriginalUnitsWithUnitsInTheAxisTitles() throws Exception {
        runWith(List.of("order_count", "total_spend"));
        ScatterData scatter = model.scatter().scatterProperty().get();
        assertNotNull(scatter);
        assertEquals("order_count (orders)", scatter.xLabel());
        assertEquals("total_spend (spend)", scatter.yLabel());
        TreeSet<Float> orders = new TreeSet<>();
        for (float x : scatter.x()) {
            orders.add(x);
        }
        assertEquals(new TreeSet<>(List.of(1f, 2f)), orders, "distinct invoices, not z-scores");
        float maxSpend = 0;
        for (float y : scatter.y()) {
            maxSpend = Math.max(maxSpend, y);
        }
        assertEquals(77.84f, maxSpend, 1e-3f, "the customer's money, not a z-score");
        assertEquals("recency_days (days)", model.profiles().featureTitle("recency_days"));
        assertEquals("Country=UK (0/1)", model.profiles().featureTitle("Country=UK"));
    }

    @Test
    void aFeatureAxisChosenOnAWiderRunIsInOriginalUnitsToo() throws Exception {
        runWith(List.of("order_count", "total_spend", "recency_days"));
        assertEquals(ScatterViewModel.PC1, model.scatter().xAxisProperty().get(), "three features: PCA overview first");
        model.scatter().xAxisProperty().set("recency_days");
        ScatterData scatter = model.scatter().scatterProperty().get();
        assertEquals("recency_days (days)", scatter.xLabel());
        float max = 0;
        for (float x : scatter.x()) {
            max = Math.max(max, x);
        }
        assertEquals(58, max, 1e-6, "17850 last bought on 2010-12-01, 58 days before the latest line (2011-01-28)");
    }

    @Test
    void runAndRfmSummariesShowExclusionsFrequencyRuleAndDerivedAmount() throws Exception {
        runWith(List.of("order_count", "total_spend"));
        String summary = model.profiles().runSummaryProperty().get();
        assertTrue(summary.contains("2 lines without customer id, 0 without amount"), summary);
        assertTrue(summary.contains("order_count counts distinct orders"), summary);
        assertTrue(summary.contains("Derived: amount = Quantity × UnitPrice"), summary);
        model.rfm().runRfm();
        String rfm = model.rfm().summaryProperty().get();
        assertTrue(rfm.contains("Left out: 2 rows without customer id, 0 without amount · frequency counts "
                + "distinct orders"), rfm);
    }

    @Test
    void unitsAndSummariesAreTranslated() throws Exception {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        runWith(List.of("order_count", "total_spend"));
        assertEquals("order_count（订单数）", model.scatter().scatterProperty().get().xLabel());
        assertEquals("recency_days（天）", model.profiles().featureTitle("recency_days"));
        assertTrue(model.profiles().runSummaryProperty().get().contains("2 行无客户编号"), model.profiles().runSummaryProperty().get());
    }
}
