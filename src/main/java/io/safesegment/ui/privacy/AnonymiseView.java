package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;

/**
 * Controller of {@code fxml/privacy/AnonymiseView.fxml}: binds the targets, Find optimal / Cancel and the result to
 * {@link AnonymiseViewModel} and draws its solution space (acceptable nodes, the optimum as its own series).
 */
public final class AnonymiseView {
    private final AnonymiseViewModel model;

    @FXML private Label qiLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Spinner<Integer> lSpinner;
    @FXML private Spinner<Double> tSpinner;
    @FXML private Spinner<Double> suppressionSpinner;
    @FXML private Button findButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Label levelsLabel;
    @FXML private Label riskLabel;
    @FXML private ScatterChart<Number, Number> spaceChart;

    private AnonymiseView(AnonymiseViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(AnonymiseViewModel model) {
        return ViewLoader.load("privacy/AnonymiseView.fxml", new AnonymiseView(model));
    }

    @FXML
    @SuppressWarnings("unchecked")
    private void initialize() {
        qiLabel.textProperty().bind(model.quasiIdentifierText());
        kSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1000, model.kProperty().get()));
        lSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, model.lProperty().get()));
        tSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, model.tProperty().get(), 0.05));
        suppressionSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100,
                model.suppressionPercentProperty().get(), 1));
        kSpinner.valueProperty().addListener((obs, old, now) -> model.kProperty().set(now));
        lSpinner.valueProperty().addListener((obs, old, now) -> model.lProperty().set(now));
        tSpinner.valueProperty().addListener((obs, old, now) -> model.tProperty().set(now));
        suppressionSpinner.valueProperty().addListener((obs, old, now) -> model.suppressionPercentProperty().set(now));
        findButton.disableProperty().bind(model.searchingProperty());
        cancelButton.disableProperty().bind(model.searchingProperty().not());
        busyIndicator.visibleProperty().bind(model.searchingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        levelsLabel.textProperty().bind(model.levelsProperty());
        riskLabel.textProperty().bind(model.riskProperty());
        XYChart.Series<Number, Number> candidates = new XYChart.Series<>();
        candidates.setName(i18n("privacy.anon.plot.candidates"));
        XYChart.Series<Number, Number> optimum = new XYChart.Series<>();
        optimum.setName(i18n("privacy.anon.plot.optimum"));
        spaceChart.getData().setAll(candidates, optimum);
        model.points().addListener((ListChangeListener<AnonymiseViewModel.SolutionPoint>) c -> {
            candidates.getData().clear();
            optimum.getData().clear();
            for (AnonymiseViewModel.SolutionPoint p : model.points()) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.height(), p.loss());
                (p.optimum() ? optimum : candidates).getData().add(d);
                // The node exists once the point is in a series: name the node's levels on hover.
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(p.levels()));
                }
            }
        });
    }

    @FXML
    private void find() {
        model.findOptimal();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
