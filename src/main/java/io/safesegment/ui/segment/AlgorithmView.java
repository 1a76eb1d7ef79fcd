package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** Controller of {@code fxml/segment/AlgorithmView.fxml}: algorithm, parameters shown per algorithm, ε curve. */
public final class AlgorithmView {
    private final AlgorithmViewModel model;

    @FXML private ComboBox<Algorithm> algorithmBox;
    @FXML private Label kLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Label restartsLabel;
    @FXML private Spinner<Integer> restartsSpinner;
    @FXML private Label minPointsLabel;
    @FXML private Spinner<Integer> minPointsSpinner;
    @FXML private Label epsilonLabel;
    @FXML private Node epsilonBox;
    @FXML private TextField epsilonField;
    @FXML private Label sampleLabel;
    @FXML private Spinner<Integer> sampleSpinner;
    @FXML private Label groupByLabel;
    @FXML private TextField groupByField;
    @FXML private Label bandLabel;
    @FXML private TextField bandField;
    @FXML private LineChart<Number, Number> kDistanceChart;

    // Bidirectional bindings hold their ends weakly; these adapters must live as long as the view.
    private ObjectProperty<Integer> kObject;
    private ObjectProperty<Integer> restartsObject;
    private ObjectProperty<Integer> minPointsObject;
    private ObjectProperty<Integer> sampleObject;
    private final ChangeListener<KDistance.Curve> kDistanceListener = (obs, old, now) -> showKDistance(now);
    private final ChangeListener<Number> epsilonListener = (obs, old, now) -> showEpsilon(now.doubleValue());

    private AlgorithmView(AlgorithmViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(AlgorithmViewModel model) {
        return ViewLoader.load("segment/AlgorithmView.fxml", new AlgorithmView(model));
    }

    @FXML
    private void initialize() {
        AlgorithmSettings settings = model.settings();
        algorithmBox.getItems().setAll(Algorithm.values());
        algorithmBox.setConverter(Columns.converter(SegmentText::algorithm));
        algorithmBox.valueProperty().bindBidirectional(settings.algorithmProperty());
        kObject = settings.kProperty().asObject();
        restartsObject = settings.restartsProperty().asObject();
        minPointsObject = settings.minPointsProperty().asObject();
        sampleObject = settings.sampleSizeProperty().asObject();
        bindSpinner(kSpinner, 2, 30, kObject);
        bindSpinner(restartsSpinner, 1, 50, restartsObject);
        bindSpinner(minPointsSpinner, 2, 500, minPointsObject);
        bindSpinner(sampleSpinner, 100, 10_000, sampleObject);
        epsilonField.setPromptText(i18n("segments.param.epsilon.prompt"));
        epsilonField.setText(settings.epsilonProperty().get() == 0 ? ""
                : SegmentText.number(settings.epsilonProperty().get()));
        settings.epsilonProperty().addListener(new WeakChangeListener<>(epsilonListener));
        epsilonField.textProperty().addListener((obs, old, now) -> SegmentText.parseDouble(now,
                settings.epsilonProperty()::set));
        bandField.setText(SegmentText.number(settings.bandWidthProperty().get()));
        bandField.textProperty().addListener((obs, old, now) -> SegmentText.parseDouble(now,
                settings.bandWidthProperty()::set));
        groupByField.setText(String.join(", ", settings.groupBy()));
        groupByField.textProperty().addListener((obs, old, now) -> settings.groupBy().setAll(
                Arrays.stream(now.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        groupByField.setTooltip(new Tooltip(String.join(", ", model.groupableColumns())));
        model.features().addListener((ListChangeListener<FeatureRow>) c ->
                groupByField.getTooltip().setText(String.join(", ", model.groupableColumns())));
        algorithmBox.valueProperty().addListener((obs, old, now) -> showParameters(now));
        showParameters(settings.algorithmProperty().get());
        model.kDistanceProperty().addListener(new WeakChangeListener<>(kDistanceListener));
        showKDistance(model.kDistanceProperty().get());
    }

    private void showEpsilon(double epsilon) {
        if (!epsilonField.isFocused()) {
            epsilonField.setText(epsilon == 0 ? "" : String.format(Locale.ROOT, "%.4f", epsilon));
        }
    }

    private void showParameters(Algorithm a) {
        boolean needsK = a == Algorithm.KMEANS || a == Algorithm.HIERARCHICAL || a == Algorithm.GMM;
        show(needsK, kLabel, kSpinner);
        show(a == Algorithm.KMEANS, restartsLabel, restartsSpinner);
        show(a == Algorithm.DBSCAN, minPointsLabel, minPointsSpinner, epsilonLabel, epsilonBox, kDistanceChart);
        show(a == Algorithm.HIERARCHICAL, sampleLabel, sampleSpinner);
        show(a == Algorithm.RULES, groupByLabel, groupByField, bandLabel, bandField);
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    private static void bindSpinner(Spinner<Integer> spinner, int min, int max, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.clamp(value.get(), min, max));
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(value);
    }

    private void showKDistance(KDistance.Curve curve) {
        kDistanceChart.getData().clear();
        if (curve == null) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        double[] d = curve.distances();
        int step = Math.max(1, d.length / 200);
        for (int i = 0; i < d.length; i += step) {
            series.getData().add(new XYChart.Data<>(i, d[i]));
        }
        XYChart.Series<Number, Number> knee = new XYChart.Series<>();
        knee.getData().add(new XYChart.Data<>(curve.kneeIndex(), 0));
        knee.getData().add(new XYChart.Data<>(curve.kneeIndex(), curve.suggestedEpsilon()));
        kDistanceChart.getData().add(series);
        kDistanceChart.getData().add(knee);
    }

    @FXML
    private void computeKDistance() {
        model.computeKDistance();
    }
}
