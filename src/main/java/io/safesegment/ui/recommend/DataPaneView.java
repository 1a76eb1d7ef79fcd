package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/recommend/DataPane.fxml}: binds the dataset choice and the Build button. */
public final class DataPaneView {
    private final DataPaneViewModel model;
    private final List<Object> keep = new ArrayList<>();

    @FXML private ComboBox<InputKind> kindBox;
    @FXML private ComboBox<String> transactionsBox;
    @FXML private ComboBox<String> ratingsBox;
    @FXML private ComboBox<String> productsBox;
    @FXML private ComboBox<Weighting> weightingBox;
    @FXML private Spinner<Double> halfLifeSpinner;
    @FXML private ComboBox<SegmentSource> segmentSourceBox;
    @FXML private ComboBox<String> segmentsBox;
    @FXML private TextField segmentColumnField;
    @FXML private Button buildButton;

    private DataPaneView(DataPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(DataPaneViewModel model) {
        return ViewLoader.load("recommend/DataPane.fxml", new DataPaneView(model));
    }

    @FXML
    private void initialize() {
        RecommendSource source = model.source();
        buildButton.disableProperty().bind(model.busyProperty());
        Controls.bindChoice(kindBox, List.of(InputKind.values()), RecommendSource::kindName, source.kindProperty());
        for (var box : List.of(transactionsBox, ratingsBox, productsBox, segmentsBox)) {
            box.setItems(source.datasets());
        }
        transactionsBox.valueProperty().bindBidirectional(source.transactionsProperty());
        ratingsBox.valueProperty().bindBidirectional(source.ratingsProperty());
        productsBox.valueProperty().bindBidirectional(source.productsProperty());
        segmentsBox.valueProperty().bindBidirectional(source.segmentsDatasetProperty());
        transactionsBox.disableProperty().bind(source.kindProperty().isEqualTo(InputKind.RATINGS));
        weightingBox.disableProperty().bind(source.kindProperty().isEqualTo(InputKind.RATINGS));
        ratingsBox.disableProperty().bind(source.kindProperty().isEqualTo(InputKind.TRANSACTIONS));
        Controls.bindChoice(weightingBox, List.of(Weighting.values()), RecommendSource::weightingName,
                source.weightingProperty());
        Controls.bindDouble(halfLifeSpinner, source.halfLifeDaysProperty(), 1, 3650, 30, keep);
        halfLifeSpinner.disableProperty().bind(source.weightingProperty().isNotEqualTo(Weighting.RECENCY));
        Controls.bindChoice(segmentSourceBox, List.of(SegmentSource.values()), RecommendSource::segmentSourceName,
                source.segmentSourceProperty());
        segmentsBox.disableProperty().bind(source.segmentSourceProperty().isNotEqualTo(SegmentSource.DATASET));
        segmentColumnField.disableProperty().bind(segmentsBox.disableProperty());
        segmentColumnField.textProperty().bindBidirectional(source.segmentColumnProperty());
    }

    @FXML
    private void build() {
        model.buildInteractions();
    }
}
