package io.safesegment.ui.data;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.ui.common.ViewLoader;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import tech.tablesaw.api.Table;

/**
 * Controller of {@code fxml/data/BrowseView.fxml}: the browse pane, the current table with sorting and a quick
 * filter computed by {@link BrowseModel} over the whole table.
 */
public final class BrowseView {
    private final DataViewModel data;
    private final BrowseModel model;

    @FXML private VBox browsePane;
    @FXML private TextField filterField;
    @FXML private Label shownLabel;
    @FXML private TableView<Integer> previewTable;
    private boolean synced;
    private Table shown;
    private Map<String, ColumnRole> shownRoles;

    private BrowseView(DataViewModel data) {
        this.data = data;
        this.model = data.browse();
    }

    /** Loads the pane for the section's current table. */
    static Parent create(DataViewModel data) {
        return ViewLoader.load("data/BrowseView.fxml", new BrowseView(data));
    }

    @FXML
    private void initialize() {
        WhileShown.on(browsePane)
                .listen(data.tableProperty(), (obs, old, now) -> showColumns(old, now))
                .listen(data.columnRolesProperty(), (obs, old, now) -> showColumns(null, data.tableProperty().get()))
                .listen(model.rowsProperty(), (obs, old, now) -> TablePreview.setRows(previewTable, now))
                .sync(() -> {
                    // Back from another section: the columns (and the user's widths) stay unless the table changed.
                    if (!synced || shown != data.tableProperty().get()
                            || shownRoles != data.columnRolesProperty().get()) {
                        showColumns(null, data.tableProperty().get());
                    }
                    TablePreview.setRows(previewTable, model.rowsProperty().get());
                })
                .start();
        // Sorting happens in the model over the whole table; the view only reports which header was clicked.
        previewTable.setSortPolicy(view -> {
            TableColumn<Integer, ?> column = view.getSortOrder().isEmpty() ? null : view.getSortOrder().getFirst();
            model.sortBy(column == null ? null : (String) column.getUserData(),
                    column == null || column.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        filterField.textProperty().bindBidirectional(model.filterProperty());
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(event -> model.applyFilter());
        filterField.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        filterField.setOnAction(event -> {
            pause.stop();
            model.applyFilter();
        });
        shownLabel.textProperty().bind(model.shownProperty());
    }

    private void showColumns(Table old, Table now) {
        synced = true;
        shown = now;
        shownRoles = data.columnRolesProperty().get();
        // A cleaning step that keeps the columns keeps the user's column widths and order.
        if (old != null && now != null && old.columnNames().equals(now.columnNames())
                && old.types().equals(now.types())) {
            return;
        }
        TablePreview.showColumns(previewTable, now, data.columnRolesProperty().get());
    }
}
