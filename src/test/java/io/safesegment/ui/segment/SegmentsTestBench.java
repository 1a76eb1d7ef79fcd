package io.safesegment.ui.segment;

import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import tech.tablesaw.api.Table;

/**
 * The Segments section's ViewModels on generated planted-segment samples, without the JavaFX toolkit: the
 * same-thread executor finishes every task inside the call that starts it.
 */
final class SegmentsTestBench {
    final Path workspaceDir;
    final Workspace workspace;
    final WorkspaceSession session = new WorkspaceSession();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> statuses = new ArrayList<>();
    final SegmentsViewModel model;

    private SegmentsTestBench(Path dir, int customers) throws IOException {
        I18n.setLocale(Locale.ENGLISH);
        Path samples = SegmentSamples.write(Files.createDirectories(dir.resolve("samples")), customers);
        workspaceDir = dir.resolve("ws");
        workspace = Workspace.open(workspaceDir);
        for (String name : List.of("customers.csv", "transactions.csv", "products.csv")) {
            workspace.registerDataset(name, samples.resolve(name), "csv");
        }
        session.setWorkspace(workspace);
        model = new SegmentsViewModel(session, new SimpleObjectProperty<Table>(), TaskExecutor.sameThread(),
                dialogs, statuses::add);
        model.setActive(true);
    }

    /** A workspace in {@code dir} holding {@code customers} generated customers, the section shown and loaded. */
    static SegmentsTestBench open(Path dir, int customers) throws IOException {
        return new SegmentsTestBench(dir, customers);
    }

    /** Checks exactly {@code features}. */
    void use(List<String> features) {
        model.features().features().forEach(r -> r.selectedProperty().set(features.contains(r.name())));
    }
}
