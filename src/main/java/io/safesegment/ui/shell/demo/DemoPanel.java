package io.safesegment.ui.shell.demo;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * Controller of {@code fxml/shell/DemoPanel.fxml}: the guided demo's explanation panel, docked on the right of the
 * main window while the demo runs. It also selects the step's tab in the shown section and puts the window in
 * presenter mode (style class {@code presenter} on the window's root: larger fonts).
 */
public final class DemoPanel {
    private static final String PRESENTER = "presenter";

    private final DemoViewModel model;
    private final BorderPane root;
    private final Pane content;
    private Parent panel;
    private Node navigation;

    @FXML private Label counterLabel;
    @FXML private Label titleLabel;
    @FXML private Label whatLabel;
    @FXML private Label whyLabel;
    @FXML private Label resultLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ToggleButton presenterButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    // The ViewModel outlives this view (a language switch rebuilds the window): listen weakly, hold strongly here.
    private final ChangeListener<Boolean> openListener = (o, was, now) -> dock(now);
    private final ChangeListener<Boolean> presenterListener = (o, was, now) -> presenter(now);
    private final ChangeListener<DemoStep> stepListener = (o, was, now) -> selectTab(now);

    private DemoPanel(DemoViewModel model, BorderPane root, Pane content) {
        this.model = model;
        this.root = root;
        this.content = content;
    }

    /**
     * Hosts the demo panel in the main window.
     *
     * @param root    the window's root (the panel docks on its right; presenter mode styles it)
     * @param content the section area, whose {@code #tabs} the steps select
     * @param menuBar the window's menus: Help gets "Start demo" (Ctrl+Shift+D) after "Open sample data"
     * @param demoMode whether the open workspace is a demo workspace: the header then offers the demo (the welcome
     *                 a first start shows)
     * @return the controller, which the caller keeps as long as the window shows it
     */
    public static DemoPanel host(DemoViewModel model, BorderPane root, Pane content, MenuBar menuBar,
                                 ObservableBooleanValue demoMode) {
        DemoPanel view = new DemoPanel(model, root, content);
        view.offerInHeader(demoMode);
        MenuItem start = new MenuItem(i18n("menu.help.demo"));
        start.setId("demoItem");
        start.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        start.setOnAction(e -> model.start());
        menuBar.getMenus().stream().filter(m -> "helpMenu".equals(m.getId())).findFirst().ifPresent(help -> {
            int samples = help.getItems().indexOf(help.getItems().stream()
                    .filter(i -> "samplesItem".equals(i.getId())).findFirst().orElse(null));
            help.getItems().add(samples < 0 ? help.getItems().size() : samples + 1, start);
        });
        view.panel = ViewLoader.load("shell/DemoPanel.fxml", view);
        root.addEventFilter(KeyEvent.KEY_PRESSED, view::presenterKeys);
        view.dock(model.openProperty().get());
        view.presenter(model.presenterProperty().get());
        return view;
    }

    @FXML
    private void initialize() {
        counterLabel.textProperty().bind(model.counterText());
        titleLabel.textProperty().bind(model.titleText());
        whatLabel.textProperty().bind(model.whatText());
        whyLabel.textProperty().bind(model.whyText());
        resultLabel.textProperty().bind(model.resultProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        busyIndicator.managedProperty().bind(model.busyProperty());
        nextButton.textProperty().bind(model.nextLabel());
        nextButton.disableProperty().bind(model.nextDisabled());
        backButton.disableProperty().bind(model.backDisabled());
        presenterButton.selectedProperty().bindBidirectional(model.presenterProperty());
        model.failedProperty().addListener(new WeakChangeListener<>(failedListener));
        failedListener.changed(model.failedProperty(), false, model.failedProperty().get());
        model.openProperty().addListener(new WeakChangeListener<>(openListener));
        model.presenterProperty().addListener(new WeakChangeListener<>(presenterListener));
        model.stepProperty().addListener(new WeakChangeListener<>(stepListener));
    }

    private final ChangeListener<Boolean> failedListener = (o, was, now) -> {
        resultLabel.getStyleClass().remove("demo-result-failed");
        if (now) {
            resultLabel.getStyleClass().add("demo-result-failed");
        }
    };

    /** A "Start the guided demo" button beside the header's demo badge while a demo workspace is open. */
    private void offerInHeader(ObservableBooleanValue demoMode) {
        Button start = new Button(i18n("demo.start.button"));
        start.setId("startDemoButton");
        start.setTooltip(new Tooltip(i18n("demo.start.tooltip")));
        start.visibleProperty().bind(Bindings.and(demoMode, model.openProperty().not()));
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> model.start());
        if (root.lookup("#header") instanceof HBox header && root.lookup("#demoBadge") instanceof Node badge) {
            header.getChildren().add(Math.max(0, header.getChildren().indexOf(badge)), start);
        }
    }

    /**
     * Docks the panel on the right. While it is shown the navigation column gives it its room (the demo navigates;
     * View › and Ctrl+1…7 still switch sections), so every section keeps the width it has without the demo.
     */
    private void dock(boolean open) {
        if (open && root.getRight() != panel) {
            navigation = root.getLeft();
            root.setLeft(null);
        } else if (!open && root.getRight() == panel) {
            root.setLeft(navigation);
        }
        root.setRight(open ? panel : null);
        if (open) {
            selectTab(model.stepProperty().get());
        }
    }

    private void presenter(boolean on) {
        root.getStyleClass().remove(PRESENTER);
        if (on) {
            root.getStyleClass().add(PRESENTER);
        }
    }

    /** Selects the step's tab once the navigation has put the section's page in place. */
    private void selectTab(DemoStep step) {
        if (step == null || step.tab() < 0) {
            return;
        }
        Platform.runLater(() -> {
            if (content.lookup("#tabs") instanceof TabPane tabs && step.tab() < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(step.tab());
            }
        });
    }

    /** In presenter mode a clicker's Page Down / Page Up step through the story (elsewhere they scroll tables). */
    private void presenterKeys(KeyEvent event) {
        if (!model.openProperty().get() || !model.presenterProperty().get()
                || event.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (event.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
            event.consume();
        } else if (event.getCode() == KeyCode.PAGE_UP) {
            model.back();
            event.consume();
        }
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void close() {
        model.close();
    }
}
