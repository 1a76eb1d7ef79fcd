package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Controller of {@code fxml/data/DatasetListView.fxml}: the datasets pane (lineage tree, load, import). */
public final class DatasetListView {
    private final DatasetListViewModel model;
    private final Runnable openPostgres;

    @FXML private VBox datasetsCard;
    @FXML private TreeView<DatasetItem> datasetList;
    @FXML private Label datasetsEmpty;
    @FXML private Button loadButton;
    @FXML private Button importButton;

    private DatasetListView(DatasetListViewModel model, Runnable openPostgres) {
        this.model = model;
        this.openPostgres = openPostgres;
    }

    /** Loads the pane for {@code model}; {@code openPostgres} opens the PostgreSQL dialog. */
    static Parent create(DatasetListViewModel model, Runnable openPostgres) {
        return ViewLoader.load("data/DatasetListView.fxml", new DatasetListView(model, openPostgres));
    }

    @FXML
    private void initialize() {
        datasetList.setCellFactory(tree -> new DatasetCell());
        WhileShown.on(datasetsCard)
                .listen(model.datasets(), (ListChangeListener<DatasetItem>) change -> showTree())
                .listen(model.selectedProperty(), (obs, old, now) -> select(now))
                .sync(this::showTree)
                .start();
        datasetList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() != null) {
                model.selectedProperty().set(now.getValue());
            }
        });
        datasetList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.loadSelected();
            }
        });
        loadButton.disableProperty().bind(model.loadDisabled());
        importButton.disableProperty().bind(model.loadingProperty());
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
        openPostgres.run();
    }

    /** The translated name of a dataset kind. */
    static String kindLabel(DatasetKind kind) {
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
            // The full text too: a long name or lineage line is cut off in a narrow pane.
            setTooltip(new Tooltip(text + "\n" + item.path()));
        }
    }
}
