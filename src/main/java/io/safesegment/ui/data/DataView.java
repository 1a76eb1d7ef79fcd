package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code fxml/data/DataView.fxml}, the Data section's shell: the datasets pane beside the current
 * table's title, actions (roles, join, export) and the browse / profile / cleaning panes as tabs. It opens the
 * import preview and role mapping dialogs when their ViewModels ask, only while it is shown (see {@link WhileShown}).
 */
public final class DataView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MAP_ROLES = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final DataViewModel model;

    @FXML private VBox dataView;
    @FXML private SplitPane split;
    @FXML private Button joinButton;
    @FXML private Button exportButton;
    @FXML private Button rolesButton;
    @FXML private Label tableTitle;
    @FXML private Label summaryLabel;
    @FXML private Tab browseTab;
    @FXML private Tab profileTab;
    @FXML private Tab cleanTab;

    private DataView(DataViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(DataViewModel model) {
        return ViewLoader.load("data/DataView.fxml", new DataView(model));
    }

    @FXML
    private void initialize() {
        split.getItems().addFirst(DatasetListView.create(model.datasetList(), this::openPostgres));
        split.setDividerPositions(0.24);
        browseTab.setContent(BrowseView.create(model));
        profileTab.setContent(ProfileView.create(model.profile()));
        cleanTab.setContent(CleaningView.create(model));
        tableTitle.textProperty().bind(Bindings.when(model.tableNameProperty().isEmpty())
                .then(i18n("data.preview.none")).otherwise(model.tableNameProperty()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        joinButton.disableProperty().bind(model.tableProperty().isNull());
        exportButton.disableProperty().bind(model.tableProperty().isNull());
        rolesButton.disableProperty().bind(model.tableProperty().isNull());
        profileTab.selectedProperty().addListener((obs, old, now) -> requestProfile());
        WhileShown.on(dataView)
                .listen(model.tableProperty(), (obs, old, now) -> requestProfile())
                .listen(model.datasetList().pendingImportProperty(), (obs, old, now) -> {
                    if (now != null) {
                        ImportPreviewDialog.show(model.datasetList(), now, dataView.getScene());
                    }
                })
                .listen(model.roleMapping().editingProperty(), (obs, old, now) -> {
                    if (now != null && old == null) {
                        RoleMappingDialog.show(model.roleMapping(), dataView.getScene());
                    }
                })
                .start();
        dataView.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        dataView.setOnDragOver(this::dragOver);
        dataView.setOnDragDropped(this::dragDropped);
    }

    private void shortcut(KeyEvent event) {
        if (UNDO.match(event) && !(event.getTarget() instanceof TextField)) {
            model.cleaning().undo();
            event.consume();
        } else if (MAP_ROLES.match(event)) {
            model.roleMapping().openForLoaded();
            event.consume();
        }
    }

    private void requestProfile() {
        if (profileTab.isSelected()) {
            model.profile().request();
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !model.datasetList().loadingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles()
                && model.datasetList().importDropped(event.getDragboard().getFiles());
        event.setDropCompleted(done);
        event.consume();
    }

    private void openPostgres() {
        PostgresDialog.show(model.postgres(), dataView.getScene());
    }

    @FXML
    private void openJoin() {
        JoinDialog.show(model.join(), dataView.getScene());
    }

    @FXML
    private void openExport() {
        ExportDialog.show(model.export(), dataView.getScene());
    }

    @FXML
    private void openRoles() {
        model.roleMapping().openForLoaded();
    }
}
