package io.safesegment.ui.shell;

import io.safesegment.core.workspace.WorkspaceLocations;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.FxDialogService;
import io.safesegment.ui.common.TaskRunner;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: wires the services, shows the main window and opens the startup workspace. */
public final class SafeSegmentApp extends Application {
    private AppContext context;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        DialogService dialogs = new FxDialogService(() -> stage);
        LastResortHandler.install(dialogs);
        context = AppContext.create(WorkspaceLocations.settingsFile(), WorkspaceService.bundledDemo(),
                TaskRunner.background(), dialogs);
        window = new MainWindow(stage, context);
        window.show();
        context.shell().openStartupWorkspace(options);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberGeometry();
        }
        if (context != null) {
            context.tasks().close();
        }
    }
}
