package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The Anonymise pane without the toolkit: targets → Find optimal → levels, risk before/after and solution space. */
class AnonymiseViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Table> source = new SimpleObjectProperty<>();
    private PrivacyViewModel m;
    private Table table;

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        WorkspaceSession session = new WorkspaceSession();
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        Path csv = CustomerCsv.write(workspace.dataDirectory().resolve("customers.csv"), 60);
        session.setWorkspace(workspace);
        m = new PrivacyViewModel(session, source, TaskExecutor.sameThread(), dialogs, s -> { }, () -> { },
                Debouncer.immediate());
        m.setActive(true);
        table = TableImport.load(csv, CsvImportOptions.defaults(), Progress.NONE).table().setName("customers.csv");
    }

    @Test
    void withoutQuasiIdentifiersTheSearchSaysWhatIsMissing() {
        AnonymiseViewModel a = m.anonymise();
        a.findOptimal();
        assertEquals("No quasi-identifier: give columns the Quasi-identifier role and apply the policy first.",
                a.messageProperty().get());
        assertTrue(a.points().isEmpty());
    }

    @Test
    void findOptimalReachesKAndShowsLevelsRiskAndTheSolutionSpace() {
        source.set(table);
        m.editor().acceptSuggested();
        AnonymiseViewModel a = m.anonymise();
        List<String> qis = a.quasiIdentifiers();
        assertFalse(qis.isEmpty(), "the suggested policy names quasi-identifiers");
        assertTrue(a.quasiIdentifierText().get().contains(qis.getFirst()), a.quasiIdentifierText().get());
        a.kProperty().set(3);
        a.suppressionPercentProperty().set(5);
        a.findOptimal();

        assertFalse(a.searchingProperty().get());
        assertTrue(a.messageProperty().get().startsWith("Information loss"), a.messageProperty().get());
        for (String qi : qis) {
            assertTrue(a.levelsProperty().get().contains(qi + " "), a.levelsProperty().get());
        }
        assertTrue(a.riskProperty().get().startsWith("Highest prosecutor risk: 100 % before"), a.riskProperty().get());
        List<AnonymiseViewModel.SolutionPoint> optimum = a.points().stream()
                .filter(AnonymiseViewModel.SolutionPoint::optimum).toList();
        assertEquals(1, optimum.size(), "exactly one optimum in the plot");
        double best = optimum.getFirst().loss();
        assertTrue(a.points().stream().allMatch(p -> p.loss() >= best - 1e-9), "the optimum has the least loss");
        assertTrue(a.points().size() > 1, "the other acceptable nodes are plotted too");

        source.set(null);
        assertTrue(a.points().isEmpty(), "a new dataset forgets the result");
        assertEquals("", a.levelsProperty().get());
    }
}
