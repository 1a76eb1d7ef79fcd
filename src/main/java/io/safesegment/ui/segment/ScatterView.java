package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ValueButtonCell;
import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.common.chart.ScatterCanvas;
import io.safesegment.ui.common.chart.ScatterData;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/segment/ScatterView.fxml}: axis pickers, the scatter canvas, the lasso's customers. */
public final class ScatterView {
    private final ScatterViewModel model;

    @FXML private ComboBox<String> xAxisBox;
    @FXML private ComboBox<String> yAxisBox;
    @FXML private Button exportPlotButton;
    @FXML private ScatterCanvas scatter;
    @FXML private Label scatterEmpty;
    @FXML private Label selectionLabel;
    @FXML private TableView<SelectedCustomer> selectedTable;

    private final ChangeListener<ScatterData> scatterListener = (obs, old, now) -> showScatter(now);

    private ScatterView(ScatterViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(ScatterViewModel model) {
        return ViewLoader.load("segment/ScatterView.fxml", new ScatterView(model));
    }

    @FXML
    private void initialize() {
        xAxisBox.setItems(model.axisChoices());
        yAxisBox.setItems(model.axisChoices());
        xAxisBox.valueProperty().bindBidirectional(model.xAxisProperty());
        yAxisBox.valueProperty().bindBidirectional(model.yAxisProperty());
        // Replacing the choices after a run clears the selection model; these cells keep showing the value.
        ValueButtonCell.install(xAxisBox, String::valueOf);
        ValueButtonCell.install(yAxisBox, String::valueOf);
        exportPlotButton.disableProperty().bind(model.noRun());
        model.scatterProperty().addListener(new WeakChangeListener<>(scatterListener));
        scatter.selectionProperty().addListener((obs, old, now) -> model.selectPoints(now));
        selectedTable.setItems(model.selected());
        selectedTable.getColumns().setAll(List.of(
                Columns.text(i18n("segments.col.customer"), 100, SelectedCustomer::customerId),
                Columns.text(i18n("segments.col.segment"), 90, SelectedCustomer::segment),
                Columns.text(i18n("segments.col.values"), 260, SelectedCustomer::keyFeatures)));
        selectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> i18n("segments.selection.count", model.selected().size()), model.selected()));
        showScatter(model.scatterProperty().get());
    }

    private void showScatter(ScatterData data) {
        scatter.setData(data);
        scatterEmpty.setVisible(data == null);
    }

    @FXML
    private void exportPlot() {
        if (scatter.data() != null) {
            model.exportPlot(scatter.snapshotPng());
        }
    }
}
