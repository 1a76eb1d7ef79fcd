package io.safesegment.ui.recommend;

import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Recommendations section on a same-thread executor without the JavaFX toolkit (JavaFX properties work
 * without it), over a workspace holding the generated samples: what the per-pane ViewModel tests start from.
 */
final class RecommendPaneFixture {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> statuses = new ArrayList<>();
    final WorkspaceSession session = new WorkspaceSession();
    final Workspace workspace;
    final RecommendationsViewModel model;

    RecommendPaneFixture(Path samples, Path dir) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        for (String name : List.of("customers.csv", "transactions.csv", "products.csv")) {
            workspace.registerDataset(name, samples.resolve(name), "csv");
        }
        session.setWorkspace(workspace);
        model = new RecommendationsViewModel(session, TaskExecutor.sameThread(), dialogs, statuses::add);
        model.setActive(true);
    }

    /** Builds the interactions and trains {@code models} with default hyper-parameters. */
    void buildAndTrain(String... models) {
        model.dataPane().buildInteractions();
        model.settings().select(List.of(models));
        model.modelsPane().train();
    }
}
