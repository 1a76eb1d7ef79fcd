package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.AppInfo;
import io.safesegment.core.workspace.DemoWorkspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.Theme;
import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.keys.KeysMenu;
import io.safesegment.ui.recipe.RecipeMenu;
import io.safesegment.ui.shell.demo.DemoPanel;
import io.safesegment.ui.shell.signin.SignInMenu;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.event.ActionEvent;
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

    @FXML private MenuBar menuBar;
    @FXML private javafx.scene.layout.BorderPane root;
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
    @FXML private ToggleButton navCampaigns;
    @FXML private ToggleButton navValue;
    @FXML private Label versionLabel;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label tasksLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTaskButton;

    private final ListChangeListener<Path> recentListener = change -> fillRecentMenu();
    // Hold the helpers' weak-listener targets as long as this view lives.
    private SectionNavigation navigation;
    private StatusBar statusBar;
    private DemoPanel demoPanel;

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
        Map<Section, ToggleButton> buttons = new EnumMap<>(Map.of(Section.DATA, navData, Section.PRIVACY, navPrivacy,
                Section.SEGMENTS, navSegments, Section.RECOMMENDATIONS, navRecommendations, Section.GOVERNANCE,
                navGovernance, Section.CAMPAIGNS, navCampaigns, Section.VALUE, navValue));
        navigation = new SectionNavigation(context, navGroup, content, buttons);

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
        statusBar = new StatusBar(context, statusLabel, tasksLabel, taskProgress, cancelTaskButton);
        KeysMenu.install(menuBar, context.keys(), window::stage, shell.languageProperty(),
                () -> HelpWindow.show(window.stage(), context.shell().languageProperty(), HelpTopic.KEYS));
        RecipeMenu.install(menuBar, context.recipe(), window::stage, shell.languageProperty(),
                () -> HelpWindow.show(window.stage(), context.shell().languageProperty(), HelpTopic.RECIPE));
        SignInMenu.install(menuBar, (javafx.scene.layout.Pane) statusLabel.getParent(), context.session(),
                context.vaults(), context.tasks(), context.dialogs(), window::stage);
        demoPanel = DemoPanel.host(context.demo(), root, content, menuBar, shell.demoModeProperty());
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

    @FXML
    private void cancelTask() {
        statusBar.cancelNewest();
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

    /** A View menu item: its {@code userData} names the section. */
    @FXML
    private void showSection(ActionEvent event) {
        context.shell().sectionProperty().set(Section.valueOf((String) ((MenuItem) event.getSource()).getUserData()));
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
