package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/privacy/DetectionView.fxml}: the personal-data table, bound to its ViewModel. */
public final class DetectionView {
    private final DetectionViewModel model;

    @FXML private TableView<ColumnRow> personalTable;

    private DetectionView(DetectionViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(DetectionViewModel model) {
        return ViewLoader.load("privacy/DetectionView.fxml", new DetectionView(model));
    }

    @FXML
    private void initialize() {
        personalTable.setItems(model.columns());
        TableColumn<ColumnRow, String> name = Columns.observable(i18n("privacy.col.column"), 150,
                row -> new ReadOnlyStringWrapper(row.column()));
        name.getStyleClass().add("name-column");
        var role = new TableColumn<ColumnRow, io.safesegment.core.data.ColumnRole>(i18n("privacy.col.role"));
        role.setCellValueFactory(cell -> cell.getValue().roleProperty());
        role.setCellFactory(col -> EditorCells.combo(DetectionViewModel.ROLES, ReviewFormat::role,
                ColumnRow::roleProperty, "role-box"));
        role.setPrefWidth(190);
        personalTable.getColumns().setAll(name,
                Columns.observable(i18n("privacy.col.detected"), 300, ColumnRow::entitiesProperty),
                PrivacyColumns.confidence(i18n("privacy.col.confidence")),
                PrivacyColumns.role(i18n("privacy.col.suggested"), ColumnRow::suggestedRoleProperty), role);
    }
}
