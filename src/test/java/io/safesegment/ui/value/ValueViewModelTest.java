package io.safesegment.ui.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.value.IntentModel;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Value section's ViewModels without the JavaFX toolkit. */
class ValueViewModelTest {
    @TempDir
    static Path dir;
    private static Path samples;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> status = new ArrayList<>();
    private final ValueViewModel model = new ValueViewModel(new WorkspaceSession(), TaskExecutor.sameThread(),
            dialogs, status::add);

    @BeforeAll
    static void samples() throws Exception {
        samples = ValueSamples.write(dir.resolve("samples"));
    }

    @Test
    void clvFitFillsTheParameterTableListsAndHistogram() {
        model.transactionsFileProperty().set(samples.resolve("transactions.csv").toString());
        model.clv().calibrationEndProperty().set("2025-06-30");
        assertTrue(model.clv().fit());
        assertEquals(List.of(), dialogs.errors);
        assertNotNull(model.clv().resultProperty().get().holdout());
        assertEquals(List.of("r", "α", "a", "b"), model.clv().parameters().stream().limit(4)
                .map(ClvPaneViewModel.ParameterRow::name).toList());
        assertEquals(ClvPaneViewModel.LIST_ROWS, model.clv().topCustomers().size());
        assertFalse(model.clv().lapsedCustomers().isEmpty());
        assertEquals(ValueSamples.CUSTOMERS, model.clv().clvValues().length, "observed-mean spend gives every CLV");
        assertTrue(model.clv().summaryProperty().get().contains(ValueSamples.CUSTOMERS + " customers"));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void invalidSettingsAreRefusedBeforeAnyWork() {
        model.transactionsFileProperty().set(samples.resolve("transactions.csv").toString());
        model.clv().horizonProperty().set("soon");
        assertFalse(model.clv().fit());
        assertNull(model.clv().resultProperty().get());
        assertEquals(1, status.size());
        model.customersFileProperty().set("");
        assertFalse(model.intent().evaluate());
        assertEquals("Choose a customers file first.", status.get(1));
    }

    @Test
    void intentComparesTheTickedModels() {
        model.customersFileProperty().set(samples.resolve("customers.csv").toString());
        model.transactionsFileProperty().set(samples.resolve("transactions.csv").toString());
        model.intent().modelProperty(IntentModel.GBM).set(false);
        model.intent().foldsProperty().set("3");
        assertTrue(model.intent().evaluate());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Logistic regression", "Decision tree"), model.intent().rows().stream()
                .map(IntentPaneViewModel.ModelRow::model).toList());
        assertTrue(model.intent().summaryProperty().get().contains("seed 42"));
        assertEquals(3, model.intent().resultProperty().get().options().folds());
    }
}
