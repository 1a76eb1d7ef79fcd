package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.workspace.WindowGeometry;
import io.safesegment.ui.common.Theme;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The main stage: builds the scene from FXML, applies theme and remembered geometry, rebuilds on language change. */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final AppContext context;
    private Scene scene;

    /** A window on {@code stage} showing {@code context}. */
    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
    }

    /** Builds the scene and shows the stage where it was last time (if that place is still on a screen). */
    public void show() {
        scene = new Scene(build(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        context.shell().theme().applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(i18n("app.window.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restoreGeometry();
        stage.show();
    }

    private Parent build() {
        return MainView.create(context, this);
    }

    /** Switches language and rebuilds the scene content from FXML with the new bundle. */
    public void switchLanguage(Locale locale) {
        context.shell().setLanguage(locale);
        scene.setRoot(build());
        stage.setTitle(i18n("app.window.title"));
    }

    /** Switches the colour theme (remembered). */
    public void applyTheme(Theme theme) {
        context.shell().setTheme(theme);
        theme.applyTo(scene);
    }

    /** Stores the current window geometry in the user settings. */
    public void rememberGeometry() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            context.shell().rememberWindow(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
    }

    private void restoreGeometry() {
        context.shell().window().filter(MainWindow::visibleOnSomeScreen).ifPresentOrElse(g -> {
            stage.setX(g.x());
            stage.setY(g.y());
            stage.setWidth(g.width());
            stage.setHeight(g.height());
            stage.setMaximized(g.maximized());
        }, stage::centerOnScreen);
    }

    /** A window remembered on a monitor that is no longer attached would open out of reach. */
    private static boolean visibleOnSomeScreen(WindowGeometry g) {
        Rectangle2D titleBar = new Rectangle2D(g.x(), g.y(), Math.max(1, g.width()), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }

    /** The stage (owner for dialogs). */
    public Stage stage() {
        return stage;
    }

    /** The scene (tests take snapshots of it). */
    public Scene scene() {
        return scene;
    }
}
