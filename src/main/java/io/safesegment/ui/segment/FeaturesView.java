package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.features.Scaling;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;

/** Controller of {@code fxml/segment/FeaturesView.fxml}: the feature table (use, name, scaling). */
public final class FeaturesView {
    private final FeaturesViewModel model;

    @FXML private TableView<FeatureRow> featureTable;

    private FeaturesView(FeaturesViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(FeaturesViewModel model) {
        return ViewLoader.load("segment/FeaturesView.fxml", new FeaturesView(model));
    }

    @FXML
    private void initialize() {
        featureTable.setItems(model.features());
        featureTable.setEditable(true);
        TableColumn<FeatureRow, Boolean> use = new TableColumn<>(i18n("segments.col.use"));
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(44);
        TableColumn<FeatureRow, String> name = Columns.text(i18n("segments.col.feature"), 140,
                FeatureRow::name);
        TableColumn<FeatureRow, Scaling> scaling = new TableColumn<>(i18n("segments.col.scaling"));
        scaling.setCellValueFactory(c -> c.getValue().scalingProperty());
        scaling.setCellFactory(c -> new ComboBoxTableCell<>(Columns.converter(SegmentText::scaling),
                Scaling.values()) {
            @Override
            public void updateItem(Scaling item, boolean empty) {
                super.updateItem(item, empty);
                FeatureRow row = getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && row.scalable());
                if (row != null && !row.scalable() && !empty) {
                    setText(i18n("segments.scaling.fixed"));
                }
                // The column is narrow at 1280 px: the full text on hover.
                setTooltip(empty || getText() == null ? null : new Tooltip(getText()));
            }
        });
        scaling.setEditable(true);
        scaling.setPrefWidth(110);
        featureTable.getColumns().setAll(List.of(use, name, scaling));
        featureTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
