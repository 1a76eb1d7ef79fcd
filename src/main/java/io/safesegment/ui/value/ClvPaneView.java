package io.safesegment.ui.value;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.HoldoutCheck;
import io.safesegment.core.value.TimeUnit;
import io.safesegment.ui.common.ViewLoader;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code fxml/value/ClvPane.fxml}: wiring only. */
public final class ClvPaneView {
    private static final int HISTOGRAM_BINS = 20;
    private final ClvPaneViewModel model;
    private final ObservableBooleanValue busy;

    @FXML private ChoiceBox<TimeUnit> unitBox;
    @FXML private TextField horizonField;
    @FXML private TextField calibrationField;
    @FXML private TextField correlationField;
    @FXML private TextField inactiveField;
    @FXML private TextField aliveField;
    @FXML private Button fitButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<ClvPaneViewModel.ParameterRow> parameterTable;
    @FXML private ValueChart holdoutChart;
    @FXML private ValueChart histogramChart;
    @FXML private TableView<ClvPaneViewModel.CustomerRow> topTable;
    @FXML private TableView<ClvPaneViewModel.CustomerRow> lapsedTable;

    private ClvPaneView(ClvPaneViewModel model, ObservableBooleanValue busy) {
        this.model = model;
        this.busy = busy;
    }

    static Parent create(ClvPaneViewModel model, ObservableBooleanValue busy) {
        return ViewLoader.load("value/ClvPane.fxml", new ClvPaneView(model, busy));
    }

    @FXML
    private void initialize() {
        unitBox.setItems(FXCollections.observableArrayList(model.units()));
        unitBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeUnit u) {
                return u == null ? "" : u == TimeUnit.DAY ? i18n("value.unit.day") : i18n("value.unit.week");
            }

            @Override
            public TimeUnit fromString(String s) {
                return null;
            }
        });
        unitBox.valueProperty().bindBidirectional(model.unitProperty());
        horizonField.textProperty().bindBidirectional(model.horizonProperty());
        calibrationField.textProperty().bindBidirectional(model.calibrationEndProperty());
        correlationField.textProperty().bindBidirectional(model.maxCorrelationProperty());
        inactiveField.textProperty().bindBidirectional(model.inactiveDaysProperty());
        aliveField.textProperty().bindBidirectional(model.aliveBelowProperty());
        fitButton.disableProperty().bind(busy);
        summaryLabel.textProperty().bind(model.summaryProperty());
        parameterTable.setItems(model.parameters());
        Columns.add(parameterTable, i18n("value.clv.parameter"), ClvPaneViewModel.ParameterRow::name);
        Columns.add(parameterTable, i18n("value.clv.estimate"), ClvPaneViewModel.ParameterRow::estimate);
        Columns.add(parameterTable, i18n("value.clv.se"), ClvPaneViewModel.ParameterRow::standardError);
        for (TableView<ClvPaneViewModel.CustomerRow> t : List.of(topTable, lapsedTable)) {
            t.setItems(t == topTable ? model.topCustomers() : model.lapsedCustomers());
            Columns.add(t, i18n("value.clv.customer"), ClvPaneViewModel.CustomerRow::customerId);
            Columns.add(t, i18n("value.clv.pAlive"), ClvPaneViewModel.CustomerRow::probabilityAlive);
            Columns.add(t, i18n("value.clv.expected"), ClvPaneViewModel.CustomerRow::expectedPurchases);
            Columns.add(t, i18n("value.clv.clv"), ClvPaneViewModel.CustomerRow::clv);
            Columns.add(t, i18n("value.clv.inactive"), ClvPaneViewModel.CustomerRow::daysInactive);
        }
        model.resultProperty().addListener((obs, old, now) -> charts(now));
        charts(model.resultProperty().get());
    }

    private void charts(ClvResult r) {
        HoldoutCheck h = r == null ? null : r.holdout();
        double[] f = h == null ? new double[0] : h.bins().stream().mapToDouble(HoldoutCheck.Bin::frequency).toArray();
        holdoutChart.show(i18n("value.chart.calibrationPurchases"), i18n("value.chart.holdoutPurchases"), null,
                List.of(new ValueChart.Series(i18n("value.chart.actual"), f, h == null ? f
                                : h.bins().stream().mapToDouble(HoldoutCheck.Bin::actual).toArray(),
                                ValueChart.Mode.LINE, 0, false),
                        new ValueChart.Series(i18n("value.chart.predicted"), f, h == null ? f
                                : h.bins().stream().mapToDouble(HoldoutCheck.Bin::predicted).toArray(),
                                ValueChart.Mode.LINE, 1, true)));
        double[] clv = model.clvValues();
        double max = Arrays.stream(clv).max().orElse(1);
        double[] centre = new double[HISTOGRAM_BINS];
        double[] count = new double[HISTOGRAM_BINS];
        for (int b = 0; b < HISTOGRAM_BINS; b++) {
            centre[b] = max * (b + 0.5) / HISTOGRAM_BINS;
        }
        for (double v : clv) {
            count[Math.min(HISTOGRAM_BINS - 1, (int) (Math.max(0, v) / max * HISTOGRAM_BINS))]++;
        }
        histogramChart.show(i18n("value.chart.clvAxis"), i18n("value.chart.customers"), null, clv.length == 0
                ? List.of() : List.of(new ValueChart.Series(i18n("value.chart.clvLegend"), centre, count,
                ValueChart.Mode.BARS, 2, false)));
    }

    @FXML
    private void fit() {
        model.fit();
    }
}
