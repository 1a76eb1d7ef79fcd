package io.safesegment.ui.shell;

import io.safesegment.core.workspace.WorkspaceLocations;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.FxDialogService;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.recipe.RecipeWindow;
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
        context.shell().openStartupWorkspace(options, () -> openRecipe(options, stage));
    }

    /** A recipe file the desktop opened SafeSegment with (decision 0035): shown in the Recipe window. */
    private void openRecipe(LaunchOptions options, Stage stage) {
        if (options.recipe() != null) {
            RecipeWindow.show(stage, context.recipe(), context.shell().languageProperty(),
                    () -> HelpWindow.show(stage, context.shell().languageProperty(), HelpTopic.RECIPE));
            context.recipe().open(options.recipe().toAbsolutePath());
        }
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
