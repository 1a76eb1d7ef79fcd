package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.AppInfo;
import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.Theme;
import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.data.DataView;
import io.safesegment.ui.privacy.PrivacyView;
import io.safesegment.ui.recommend.RecommendationsView;
import io.safesegment.ui.value.ValueView;
import io.safesegment.ui.keys.KeysMenu;
import io.safesegment.ui.recipe.RecipeMenu;
import io.safesegment.ui.segment.SegmentsView;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/shell/MainView.fxml}: menus, navigation, content area and status bar. */
public final class MainView {
    private final AppContext context;
    private final MainWindow window;
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final Map<Section, Parent> pages = new EnumMap<>(Section.class);

    @FXML private MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private RadioMenuItem englishItem;
    @FXML private RadioMenuItem chineseItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Label demoBadge;
    @FXML private Label workspaceLabel;
    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton navData;
    @FXML private ToggleButton navPrivacy;
    @FXML private ToggleButton navSegments;
    @FXML private ToggleButton navRecommendations;
    @FXML private ToggleButton navGovernance;
    @FXML private ToggleButton navValue;
    @FXML private Label versionLabel;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label tasksLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTaskButton;

    private final ChangeListener<Section> sectionListener = (obs, old, now) -> showSection(now);
    private final ListChangeListener<Path> recentListener = change -> fillRecentMenu();
    private ListChangeListener<Task<?>> tasksListener;

    private MainView(AppContext context, MainWindow window) {
        this.context = context;
        this.window = window;
    }

    /** Loads the main view. */
    static Parent create(AppContext context, MainWindow window) {
        return ViewLoader.load("shell/MainView.fxml", new MainView(context, window));
    }

    @FXML
    private void initialize() {
        ShellViewModel shell = context.shell();
        navButtons.put(Section.DATA, navData);
        navButtons.put(Section.PRIVACY, navPrivacy);
        navButtons.put(Section.SEGMENTS, navSegments);
        navButtons.put(Section.RECOMMENDATIONS, navRecommendations);
        navButtons.put(Section.GOVERNANCE, navGovernance);
        navButtons.put(Section.VALUE, navValue);
        navButtons.forEach((section, button) -> {
            button.setUserData(section);
            button.setTooltip(new Tooltip(section.description() + "  (" + shortcutText(section) + ")"));
        });
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // keep one section selected
            } else {
                shell.sectionProperty().set((Section) now.getUserData());
            }
        });
        // Weak listeners: after a language switch the old view is dropped while the ViewModels live on.
        shell.sectionProperty().addListener(new WeakChangeListener<>(sectionListener));
        showSection(shell.sectionProperty().get());

        versionLabel.setText(i18n("app.version", AppInfo.version()));
        workspaceLabel.textProperty().bind(Bindings.when(shell.workspaceNameProperty().isEmpty())
                .then(i18n("workspace.none")).otherwise(Bindings.concat(i18n("workspace.label"), " ",
                        shell.workspaceNameProperty())));
        Tooltip pathTip = new Tooltip();
        pathTip.textProperty().bind(shell.workspacePathProperty());
        workspaceLabel.setTooltip(pathTip);
        demoBadge.visibleProperty().bind(shell.demoModeProperty());
        demoBadge.managedProperty().bind(shell.demoModeProperty());

        (I18n.CHINESE.equals(shell.language()) ? chineseItem : englishItem).setSelected(true);
        darkThemeItem.setSelected(shell.theme() == Theme.DARK);
        shell.recentWorkspaces().addListener(new WeakListChangeListener<>(recentListener));
        fillRecentMenu();
        bindStatusBar();
        KeysMenu.install(menuBar, context.keys(), window::stage, shell.languageProperty(),
                () -> HelpWindow.show(window.stage(), context.shell().languageProperty(), HelpTopic.KEYS));
        RecipeMenu.install(menuBar, context.recipe(), window::stage, shell.languageProperty(),
                () -> HelpWindow.show(window.stage(), context.shell().languageProperty(), HelpTopic.RECIPE));
    }

    private void showSection(Section section) {
        navButtons.get(section).setSelected(true);
        Parent page = pages.computeIfAbsent(section, s -> switch (s) {
            case DATA -> DataView.create(context.data());
            case PRIVACY -> PrivacyView.create(context.privacy());
            case SEGMENTS -> SegmentsView.create(context.segments());
            case RECOMMENDATIONS -> RecommendationsView.create(context.recommendations());
            case VALUE -> ValueView.create(context.value());
            default -> PlaceholderView.create(s);
        });
        content.getChildren().setAll(page);
    }

    private static String shortcutText(Section section) {
        return "Ctrl+" + (section.ordinal() + 1);
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : context.shell().recentWorkspaces()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> context.shell().openWorkspace(path));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private void bindStatusBar() {
        var running = context.tasks().runningTasks();
        Runnable update = () -> {
            Task<?> current = running.isEmpty() ? null : running.getLast();
            statusLabel.textProperty().unbind();
            taskProgress.progressProperty().unbind();
            if (current == null) {
                statusLabel.textProperty().bind(context.shell().statusProperty());
                tasksLabel.setText("");
            } else {
                statusLabel.textProperty().bind(current.messageProperty());
                taskProgress.progressProperty().bind(current.progressProperty());
                tasksLabel.setText(running.size() > 1 ? i18n("status.tasks", running.size()) : "");
            }
            taskProgress.setVisible(current != null);
            cancelTaskButton.setVisible(current != null);
        };
        tasksListener = change -> update.run();
        running.addListener(new WeakListChangeListener<>(tasksListener));
        update.run();
    }

    @FXML
    private void cancelTask() {
        var running = context.tasks().runningTasks();
        if (!running.isEmpty()) {
            running.getLast().cancel();
            context.shell().setStatus(i18n("status.cancelled"));
        }
    }

    @FXML
    private void openWorkspace() {
        context.dialogs().chooseDirectory(i18n("workspace.choose"), context.shell().workspaceDirectory())
                .ifPresent(context.shell()::openWorkspace);
    }

    @FXML
    private void showPreferences() {
        PreferencesDialog.show(context, window);
    }

    @FXML
    private void quit() {
        window.rememberGeometry();
        Platform.exit();
    }

    @FXML
    private void showData() {
        context.shell().sectionProperty().set(Section.DATA);
    }

    @FXML
    private void showPrivacy() {
        context.shell().sectionProperty().set(Section.PRIVACY);
    }

    @FXML
    private void showSegments() {
        context.shell().sectionProperty().set(Section.SEGMENTS);
    }

    @FXML
    private void showRecommendations() {
        context.shell().sectionProperty().set(Section.RECOMMENDATIONS);
    }

    @FXML
    private void showGovernance() {
        context.shell().sectionProperty().set(Section.GOVERNANCE);
    }

    @FXML
    private void showValue() {
        context.shell().sectionProperty().set(Section.VALUE);
    }

    @FXML
    private void useEnglish() {
        window.switchLanguage(java.util.Locale.ENGLISH);
    }

    @FXML
    private void useChinese() {
        window.switchLanguage(I18n.CHINESE);
    }

    @FXML
    private void toggleTheme() {
        window.applyTheme(darkThemeItem.isSelected() ? Theme.DARK : Theme.LIGHT);
    }

    @FXML
    private void showGuide() {
        HelpWindow.show(window.stage(), context.shell().languageProperty(),
                HelpTopic.of(context.shell().sectionProperty().get()));
    }

    @FXML
    private void showShortcuts() {
        ShortcutsWindow.show(window.stage(), menuBar, context.shell().languageProperty());
    }

    /** Opens the demo workspace, shows the Data section and loads its first sample (customers). */
    @FXML
    private void openSampleData() {
        AppContext app = context;
        app.shell().openSampleData(() -> {
            app.shell().sectionProperty().set(Section.DATA);
            var data = app.data();
            data.datasets().stream().filter(d -> DemoWorkspace.SAMPLE_FILES.getFirst().equals(d.name())).findFirst()
                    .ifPresent(data.selectedProperty()::set);
            data.loadSelected();
            app.shell().setStatus(i18n("samples.status.loaded", data.datasets().size()));
        });
    }

    @FXML
    private void showAbout() {
        AboutDialog.show(window.stage());
    }
}
