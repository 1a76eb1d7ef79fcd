package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/recommend/ModelsPane.fxml}: binds the model list, hyper-parameters and training. */
public final class ModelsPaneView {
    private final ModelsPaneViewModel model;
    private final List<Object> keep = new ArrayList<>();

    @FXML private TableView<ModelChoice> modelTable;
    @FXML private TextField seedField;
    @FXML private ComboBox<Similarity> similarityBox;
    @FXML private Spinner<Integer> neighboursSpinner;
    @FXML private Spinner<Double> shrinkageSpinner;
    @FXML private Spinner<Integer> factorsSpinner;
    @FXML private Spinner<Integer> iterationsSpinner;
    @FXML private Spinner<Integer> epochsSpinner;
    @FXML private Spinner<Double> regularizationSpinner;
    @FXML private Spinner<Double> alphaSpinner;
    @FXML private Spinner<Integer> historySpinner;
    @FXML private Spinner<Integer> coldSpinner;
    @FXML private Spinner<Double> longTailSpinner;
    @FXML private Button trainButton;
    @FXML private Button tuneButton;
    @FXML private javafx.scene.control.Label tuneSummaryLabel;
    @FXML private TableView<TrainedModel> trainedTable;

    private ModelsPaneView(ModelsPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(ModelsPaneViewModel model) {
        return ViewLoader.load("recommend/ModelsPane.fxml", new ModelsPaneView(model));
    }

    @FXML
    private void initialize() {
        ModelSettings settings = model.settings();
        trainButton.disableProperty().bind(model.trainDisabled());
        tuneButton.disableProperty().bind(model.trainDisabled());
        tuneSummaryLabel.textProperty().bind(model.tuneSummaryProperty());
        ResultColumns.models(modelTable);
        modelTable.setItems(settings.models());
        Controls.bindLong(seedField, settings.seedProperty(), keep);
        Controls.bindChoice(similarityBox, List.of(Similarity.values()), ModelSettings::similarityName,
                settings.similarityProperty());
        Controls.bindInt(neighboursSpinner, settings.neighboursProperty(), 1, 1000, keep);
        Controls.bindDouble(shrinkageSpinner, settings.shrinkageProperty(), 0, 1000, 5, keep);
        Controls.bindInt(factorsSpinner, settings.factorsProperty(), 1, 512, keep);
        Controls.bindInt(iterationsSpinner, settings.iterationsProperty(), 1, 200, keep);
        Controls.bindInt(epochsSpinner, settings.epochsProperty(), 1, 500, keep);
        Controls.bindDouble(regularizationSpinner, settings.regularizationProperty(), 0.0001, 100, 0.05, keep);
        Controls.bindDouble(alphaSpinner, settings.alphaProperty(), 0.1, 1000, 5, keep);
        Controls.bindInt(historySpinner, settings.markovHistoryProperty(), 1, 50, keep);
        Controls.bindInt(coldSpinner, settings.coldBelowProperty(), 1, 100, keep);
        Controls.bindDouble(longTailSpinner, settings.longTailProperty(), 0, 5, 0.1, keep);
        ResultColumns.trained(trainedTable);
        trainedTable.setItems(model.trained());
    }

    @FXML
    private void tune() {
        model.tune();
    }

    @FXML
    private void train() {
        model.train();
    }
}
