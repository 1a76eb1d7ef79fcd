package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.KRange;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Controller of {@code fxml/segment/KScoringView.fxml}: the three k charts with the chosen and suggested k marked,
 * and "Use k = N" once a scan suggested N.
 */
public final class KScoringView {
    private final KScoringViewModel model;

    @FXML private Button chooseKButton;
    @FXML private Label suggestionLabel;
    @FXML private Button useKButton;
    @FXML private LineChart<Number, Number> inertiaChart;
    @FXML private LineChart<Number, Number> silhouetteChart;
    @FXML private LineChart<Number, Number> dbChart;

    private final ChangeListener<KRange.Result> kRangeListener = (obs, old, now) -> showKRange(now);
    private final ChangeListener<Number> kListener = (obs, old, now) -> highlightK();
    private final ChangeListener<Number> suggestedKListener = (obs, old, now) -> showSuggestedK();

    private KScoringView(KScoringViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(KScoringViewModel model) {
        return ViewLoader.load("segment/KScoringView.fxml", new KScoringView(model));
    }

    @FXML
    private void initialize() {
        chooseKButton.disableProperty().bind(model.busyProperty());
        model.kRangeProperty().addListener(new WeakChangeListener<>(kRangeListener));
        model.kProperty().addListener(new WeakChangeListener<>(kListener));
        model.suggestedKProperty().addListener(new WeakChangeListener<>(suggestedKListener));
        showSuggestedK();
        showKRange(model.kRangeProperty().get());
    }

    /** "Use k = N" appears once a scan suggested N; k itself changes only when the user clicks it. */
    private void showSuggestedK() {
        int suggested = model.suggestedKProperty().get();
        useKButton.setVisible(suggested > 0);
        useKButton.setManaged(suggested > 0);
        useKButton.setText(i18n("segments.choosek.use", suggested));
    }

    private void showKRange(KRange.Result result) {
        for (LineChart<Number, Number> chart : List.of(inertiaChart, silhouetteChart, dbChart)) {
            chart.getData().clear();
        }
        if (result == null) {
            suggestionLabel.setText(i18n("segments.choosek.hint"));
            return;
        }
        boolean bySilhouette = result.scores().stream().anyMatch(sc -> !Double.isNaN(sc.silhouette()));
        suggestionLabel.setText(bySilhouette
                ? i18n("segments.choosek.suggested", result.suggestedK(), result.elbowK())
                : i18n("segments.choosek.suggested.elbow", result.suggestedK()));
        plot(inertiaChart, result.scores(), KRange.Score::inertia);
        plot(silhouetteChart, result.scores(), KRange.Score::silhouette);
        plot(dbChart, result.scores(), KRange.Score::daviesBouldin);
        highlightK();
    }

    private void plot(LineChart<Number, Number> chart, List<KRange.Score> scores, ToDoubleFunction<KRange.Score> y) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (KRange.Score s : scores) {
            double value = y.applyAsDouble(s);
            if (Double.isFinite(value)) {
                series.getData().add(new XYChart.Data<>(s.k(), value));
            }
        }
        chart.getData().add(series);
        for (XYChart.Data<Number, Number> point : series.getData()) {
            Node node = point.getNode();
            if (node != null) {
                int k = point.getXValue().intValue();
                node.setOnMouseClicked(e -> model.pickK(k));
                Tooltip.install(node, new Tooltip("k = " + k + ": " + SegmentText.number(point.getYValue()
                        .doubleValue())));
                node.getStyleClass().add("k-point");
            }
        }
    }

    /** Marks the chosen k on the three charts and the suggested k with a ring. */
    private void highlightK() {
        KRange.Result result = model.kRangeProperty().get();
        int chosen = model.kProperty().get();
        for (LineChart<Number, Number> chart : List.of(inertiaChart, silhouetteChart, dbChart)) {
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                for (XYChart.Data<Number, Number> point : series.getData()) {
                    Node node = point.getNode();
                    if (node == null) {
                        continue;
                    }
                    int k = point.getXValue().intValue();
                    node.getStyleClass().removeAll("k-suggested", "k-chosen");
                    if (result != null && k == result.suggestedK()) {
                        node.getStyleClass().add("k-suggested");
                    }
                    if (k == chosen) {
                        node.getStyleClass().add("k-chosen");
                    }
                }
            }
        }
    }

    @FXML
    private void chooseK() {
        model.chooseK();
    }

    @FXML
    private void useSuggestedK() {
        model.useSuggestedK();
    }
}
