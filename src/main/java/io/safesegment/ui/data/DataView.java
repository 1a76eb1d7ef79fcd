package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.profile.ColumnProfile;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.ui.common.ViewLoader;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Controller of {@code fxml/data/DataView.fxml}: dataset list, import (file dialog or drag and drop), the
 * browser, the profile and the cleaning steps, all bound to {@link DataViewModel}.
 */
public final class DataView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MAP_ROLES = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final DataViewModel model;

    @FXML private VBox dataView;
    @FXML private TreeView<DatasetItem> datasetList;
    @FXML private Label datasetsEmpty;
    @FXML private Button loadButton;
    @FXML private Button importButton;
    @FXML private Button joinButton;
    @FXML private Button exportButton;
    @FXML private Button rolesButton;
    @FXML private Label tableTitle;
    @FXML private Label summaryLabel;
    @FXML private Tab profileTab;
    @FXML private TextField filterField;
    @FXML private Label shownLabel;
    @FXML private TableView<Integer> previewTable;
    @FXML private Label profileSummary;
    @FXML private ProgressIndicator profileProgress;
    @FXML private TableView<ColumnProfile> profileTable;
    @FXML private Label histogramTitle;
    @FXML private StackPane histogramHolder;
    @FXML private Canvas histogram;
    @FXML private Label topValuesLabel;
    @FXML private MenuButton addStepButton;
    @FXML private Button undoButton;
    @FXML private Button keepCleanedButton;
    @FXML private ListView<CleaningModel.StepRow> stepList;

    private DataView(DataViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(DataViewModel model) {
        return ViewLoader.load("data/DataView.fxml", new DataView(model));
    }

    @FXML
    private void initialize() {
        bindDatasets();
        bindBrowser();
        ProfilePanel.bind(model.profile(), profileTable, profileSummary, profileProgress, histogramTitle,
                histogramHolder, histogram, topValuesLabel);
        profileTab.selectedProperty().addListener((obs, old, now) -> requestProfile());
        model.tableProperty().addListener((obs, old, now) -> requestProfile());
        stepList.setItems(model.cleaning().steps());
        stepList.setCellFactory(list -> new StepCell());
        undoButton.disableProperty().bind(model.cleaning().undoDisabled());
        keepCleanedButton.disableProperty().bind(model.cleaning().undoDisabled());
        addStepButton.disableProperty().bind(model.tableProperty().isNull().or(model.cleaning().runningProperty()));
        joinButton.disableProperty().bind(model.tableProperty().isNull());
        exportButton.disableProperty().bind(model.tableProperty().isNull());
        rolesButton.disableProperty().bind(model.tableProperty().isNull());
        dataView.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event) && !(event.getTarget() instanceof TextField)) {
                model.cleaning().undo();
                event.consume();
            } else if (MAP_ROLES.match(event)) {
                model.roleMapping().openForLoaded();
                event.consume();
            }
        });
        model.roleMapping().editingProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                RoleMappingDialog.show(model.roleMapping(), dataView.getScene());
            }
        });
        dataView.setOnDragOver(this::dragOver);
        dataView.setOnDragDropped(this::dragDropped);
        model.pendingImportProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ImportPreviewDialog.show(model, now, dataView.getScene());
            }
        });
    }

    private void bindDatasets() {
        datasetList.setCellFactory(tree -> new DatasetCell());
        showTree();
        model.datasets().addListener((javafx.collections.ListChangeListener<DatasetItem>) change -> showTree());
        datasetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() != null) {
                model.selectedProperty().set(now.getValue());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
        datasetList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.loadSelected();
            }
        });
        loadButton.disableProperty().bind(model.loadDisabled());
        importButton.disableProperty().bind(model.loadingProperty());
        tableTitle.textProperty().bind(Bindings.when(model.tableNameProperty().isEmpty())
                .then(i18n("data.preview.none")).otherwise(model.tableNameProperty()));
        summaryLabel.textProperty().bind(model.summaryProperty());
    }

    /**
     * Rebuilds the lineage tree from the model's depth-first list (each item's depth says under which of the items
     * before it it hangs) and keeps the selection.
     */
    private void showTree() {
        TreeItem<DatasetItem> root = new TreeItem<>();
        List<TreeItem<DatasetItem>> lastAtDepth = new ArrayList<>();
        for (DatasetItem item : model.datasets()) {
            TreeItem<DatasetItem> node = new TreeItem<>(item);
            node.setExpanded(true);
            int depth = Math.min(item.depth(), lastAtDepth.size());
            (depth == 0 ? root : lastAtDepth.get(depth - 1)).getChildren().add(node);
            lastAtDepth.subList(depth, lastAtDepth.size()).clear();
            lastAtDepth.add(node);
        }
        datasetList.setRoot(root);
        datasetsEmpty.setVisible(model.datasets().isEmpty());
        select(model.selectedProperty().get());
    }

    private void select(DatasetItem item) {
        for (int row = 0; row < datasetList.getExpandedItemCount(); row++) {
            TreeItem<DatasetItem> node = datasetList.getTreeItem(row);
            if (node != null && node.getValue() != null && node.getValue().equals(item)) {
                datasetList.getSelectionModel().select(row);
                return;
            }
        }
    }

    private void bindBrowser() {
        TablePreview.showColumns(previewTable, model.tableProperty().get(), model.columnRolesProperty().get());
        TablePreview.setRows(previewTable, model.browse().rowsProperty().get());
        model.tableProperty().addListener((obs, old, now) -> showColumns(old, now));
        model.columnRolesProperty().addListener((obs, old, now) ->
                TablePreview.showColumns(previewTable, model.tableProperty().get(), now));
        model.browse().rowsProperty().addListener((obs, old, now) -> TablePreview.setRows(previewTable, now));
        // Sorting happens in the model over the whole table; the view only reports which header was clicked.
        previewTable.setSortPolicy(view -> {
            TableColumn<Integer, ?> column = view.getSortOrder().isEmpty() ? null : view.getSortOrder().getFirst();
            model.browse().sortBy(column == null ? null : (String) column.getUserData(),
                    column == null || column.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        filterField.textProperty().bindBidirectional(model.browse().filterProperty());
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(event -> model.browse().applyFilter());
        filterField.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        filterField.setOnAction(event -> {
            pause.stop();
            model.browse().applyFilter();
        });
        shownLabel.textProperty().bind(model.browse().shownProperty());
    }

    private void showColumns(Table old, Table now) {
        // A cleaning step that keeps the columns keeps the user's column widths and order.
        if (old != null && now != null && old.columnNames().equals(now.columnNames())
                && old.types().equals(now.types())) {
            return;
        }
        TablePreview.showColumns(previewTable, now, model.columnRolesProperty().get());
    }

    private void requestProfile() {
        if (profileTab.isSelected()) {
            model.profile().request();
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !model.loadingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles() && model.importDropped(event.getDragboard().getFiles());
        event.setDropCompleted(done);
        event.consume();
    }

    @FXML
    private void load() {
        model.loadSelected();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void importFile() {
        model.chooseAndImport();
    }

    @FXML
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

    @FXML
    private void undo() {
        model.cleaning().undo();
    }

    @FXML
    private void keepCleaned() {
        model.keepCleaned();
    }

    @FXML
    private void addDropDuplicates() {
        StepDialog.show(StepDialog.Kind.DROP_DUPLICATES, model, dataView.getScene());
    }

    @FXML
    private void addFillMissing() {
        StepDialog.show(StepDialog.Kind.FILL_MISSING, model, dataView.getScene());
    }

    @FXML
    private void addDropMissing() {
        StepDialog.show(StepDialog.Kind.DROP_MISSING, model, dataView.getScene());
    }

    @FXML
    private void addOutliers() {
        StepDialog.show(StepDialog.Kind.OUTLIERS, model, dataView.getScene());
    }

    @FXML
    private void addNormalise() {
        StepDialog.show(StepDialog.Kind.NORMALISE_TEXT, model, dataView.getScene());
    }

    @FXML
    private void addParse() {
        StepDialog.show(StepDialog.Kind.PARSE, model, dataView.getScene());
    }

    @FXML
    private void addScale() {
        StepDialog.show(StepDialog.Kind.SCALE, model, dataView.getScene());
    }

    @FXML
    private void addOneHot() {
        StepDialog.show(StepDialog.Kind.ONE_HOT, model, dataView.getScene());
    }

    @FXML
    private void addDerive() {
        StepDialog.show(StepDialog.Kind.DERIVE, model, dataView.getScene());
    }

    /** Shows a dataset's name with its kind, rows and size (children under their parent), or a missing-file hint. */
    private static final class DatasetCell extends TreeCell<DatasetItem> {
        @Override
        protected void updateItem(DatasetItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (item.inSession()) {
                setText(i18n("data.item.session", item.name()));
                setTooltip(new Tooltip(i18n("data.item.session.tooltip")));
                return;
            }
            String text;
            if (!item.exists()) {
                text = i18n("data.item.missing", item.name());
            } else if (item.rows() >= 0) {
                text = i18n("data.item.lineage", item.name(), kindLabel(item.datasetKind()), item.rows(),
                        Formats.bytes(item.sizeBytes()));
            } else {
                text = i18n("data.item", item.name(), Formats.bytes(item.sizeBytes()));
            }
            setText(text);
            setTooltip(new Tooltip(item.path().toString()));
        }
    }

    /** The translated name of a dataset kind. */
    static String kindLabel(io.safesegment.core.data.dataset.DatasetKind kind) {
        return switch (kind) {
            case IMPORTED -> i18n("data.kind.imported");
            case CLEANED -> i18n("data.kind.cleaned");
            case JOINED -> i18n("data.kind.joined");
            case POSTGRES -> i18n("data.kind.postgres");
            case MASKED -> i18n("data.kind.masked");
            case ANONYMISED -> i18n("data.kind.anonymised");
            case DERIVED -> i18n("data.kind.derived");
        };
    }

    /** A cleaning step: its number, what it does and what it changed. */
    private static final class StepCell extends ListCell<CleaningModel.StepRow> {
        @Override
        protected void updateItem(CleaningModel.StepRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : i18n("data.clean.row", getIndex() + 1, item.description(), item.outcome()));
        }
    }

    /** Profile of the current dataset, for the summary line above the table. */
    static String profileText(DatasetProfile profile) {
        return i18n("data.profile.summary", profile.rows(), profile.columns().size(), profile.duplicateRows(),
                Formats.bytes(profile.memoryBytes()));
    }
}
