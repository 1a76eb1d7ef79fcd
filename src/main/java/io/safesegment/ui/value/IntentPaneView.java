package io.safesegment.ui.value;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.value.Calibration;
import io.safesegment.core.value.IntentModel;
import io.safesegment.core.value.IntentModelResult;
import io.safesegment.core.value.IntentResult;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code fxml/value/IntentPane.fxml}: wiring only. */
public final class IntentPaneView {
    private final IntentPaneViewModel model;
    private final ObservableBooleanValue busy;

    @FXML private TextField horizonField;
    @FXML private TextField targetField;
    @FXML private TextField positiveField;
    @FXML private TextField foldsField;
    @FXML private TextField seedField;
    @FXML private ChoiceBox<Calibration> calibrationBox;
    @FXML private CheckBox logisticBox;
    @FXML private CheckBox treeBox;
    @FXML private CheckBox forestBox;
    @FXML private CheckBox gbmBox;
    @FXML private CheckBox svmBox;
    @FXML private Button evaluateButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<IntentPaneViewModel.ModelRow> modelTable;
    @FXML private ValueChart rocChart;
    @FXML private ValueChart calibrationChart;

    private IntentPaneView(IntentPaneViewModel model, ObservableBooleanValue busy) {
        this.model = model;
        this.busy = busy;
    }

    static Parent create(IntentPaneViewModel model, ObservableBooleanValue busy) {
        return ViewLoader.load("value/IntentPane.fxml", new IntentPaneView(model, busy));
    }

    @FXML
    private void initialize() {
        horizonField.textProperty().bindBidirectional(model.horizonDaysProperty());
        targetField.textProperty().bindBidirectional(model.targetColumnProperty());
        positiveField.textProperty().bindBidirectional(model.positiveProperty());
        foldsField.textProperty().bindBidirectional(model.foldsProperty());
        seedField.textProperty().bindBidirectional(model.seedProperty());
        calibrationBox.setItems(FXCollections.observableArrayList(model.calibrations()));
        calibrationBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Calibration c) {
                return c == null ? "" : switch (c) {
                    case NONE -> i18n("value.calibration.none");
                    case PLATT -> i18n("value.calibration.platt");
                    case ISOTONIC -> i18n("value.calibration.isotonic");
                };
            }

            @Override
            public Calibration fromString(String s) {
                return null;
            }
        });
        calibrationBox.valueProperty().bindBidirectional(model.calibrationProperty());
        logisticBox.selectedProperty().bindBidirectional(model.modelProperty(IntentModel.LOGISTIC));
        treeBox.selectedProperty().bindBidirectional(model.modelProperty(IntentModel.TREE));
        forestBox.selectedProperty().bindBidirectional(model.modelProperty(IntentModel.FOREST));
        gbmBox.selectedProperty().bindBidirectional(model.modelProperty(IntentModel.GBM));
        svmBox.selectedProperty().bindBidirectional(model.modelProperty(IntentModel.SVM));
        evaluateButton.disableProperty().bind(busy);
        summaryLabel.textProperty().bind(model.summaryProperty());
        modelTable.setItems(model.rows());
        Columns.add(modelTable, i18n("value.intent.model"), IntentPaneViewModel.ModelRow::model);
        Columns.add(modelTable, "ROC-AUC", IntentPaneViewModel.ModelRow::auc);
        Columns.add(modelTable, "PR-AUC", IntentPaneViewModel.ModelRow::prAuc);
        Columns.add(modelTable, i18n("value.intent.accuracy"), IntentPaneViewModel.ModelRow::accuracy);
        Columns.add(modelTable, i18n("value.intent.precision"), IntentPaneViewModel.ModelRow::precision);
        Columns.add(modelTable, i18n("value.intent.recall"), IntentPaneViewModel.ModelRow::recall);
        Columns.add(modelTable, "F1", IntentPaneViewModel.ModelRow::f1);
        Columns.add(modelTable, i18n("value.intent.trainMillis"), IntentPaneViewModel.ModelRow::trainMillis);
        Columns.add(modelTable, i18n("value.intent.topFeatures"), IntentPaneViewModel.ModelRow::topFeatures);
        model.resultProperty().addListener((obs, old, now) -> charts(now));
        charts(model.resultProperty().get());
    }

    private void charts(IntentResult r) {
        List<ValueChart.Series> roc = new ArrayList<>();
        List<ValueChart.Series> cal = new ArrayList<>();
        double[] diagonal = {0, 1};
        roc.add(new ValueChart.Series(i18n("value.chart.chance"), diagonal, diagonal, ValueChart.Mode.LINE, 7, true));
        cal.add(new ValueChart.Series(i18n("value.chart.perfect"), diagonal, diagonal, ValueChart.Mode.LINE, 7, true));
        if (r != null) {
            int colour = 0;
            for (IntentModelResult m : r.models()) {
                String name = IntentPaneViewModel.modelName(m.model());
                roc.add(new ValueChart.Series(name, m.roc().stream().mapToDouble(p -> p[0]).toArray(),
                        m.roc().stream().mapToDouble(p -> p[1]).toArray(), ValueChart.Mode.LINE, colour, false));
                cal.add(new ValueChart.Series(name, m.calibration().stream().mapToDouble(p -> p[0]).toArray(),
                        m.calibration().stream().mapToDouble(p -> p[1]).toArray(), ValueChart.Mode.LINE, colour,
                        false));
                colour++;
            }
        }
        double[] unit = {0, 1, 0, 1};
        rocChart.show(i18n("value.chart.fpr"), i18n("value.chart.tpr"), unit, roc);
        calibrationChart.show(i18n("value.chart.meanPredicted"), i18n("value.chart.observed"), unit, cal);
    }

    @FXML
    private void evaluate() {
        model.evaluate();
    }
}
