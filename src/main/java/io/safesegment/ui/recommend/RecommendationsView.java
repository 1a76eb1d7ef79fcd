package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/recommend/RecommendationsView.fxml}: wires the four tabs to the ViewModel. */
public final class RecommendationsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RecommendationsViewModel model;
    private final List<Object> keep = new ArrayList<>();

    @FXML private StackPane recommendationsView;
    @FXML private Label dataSummaryLabel;
    @FXML private Button cancelButton;
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
    @FXML private TableView<TrainedModel> trainedTable;
    @FXML private ComboBox<SplitKind> splitBox;
    @FXML private Spinner<Integer> foldsSpinner;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Spinner<Double> testShareSpinner;
    @FXML private Spinner<Integer> maxUsersSpinner;
    @FXML private TextField evalSeedField;
    @FXML private Button evaluateButton;
    @FXML private Label evalSummaryLabel;
    @FXML private TableView<MetricRow> overallTable;
    @FXML private TableView<MetricRow> segmentTable;
    @FXML private ListView<EvaluationRunStore.Summary> runList;
    @FXML private ComboBox<PreviewState.Target> targetBox;
    @FXML private TextField customerSearch;
    @FXML private ComboBox<String> customerBox;
    @FXML private ComboBox<String> segmentBox;
    @FXML private Spinner<Integer> nSpinner;
    @FXML private ComboBox<String> modelABox;
    @FXML private ComboBox<String> modelBBox;
    @FXML private Button previewButton;
    @FXML private Label summaryALabel;
    @FXML private Label summaryBLabel;
    @FXML private TableView<RecommendedItem> previewTableA;
    @FXML private TableView<RecommendedItem> previewTableB;

    private RecommendationsView(RecommendationsViewModel model) {
        this.model = model;
    }

    /** Loads the Recommendations section for {@code model}. */
    public static Parent create(RecommendationsViewModel model) {
        return ViewLoader.load("recommend/RecommendationsView.fxml", new RecommendationsView(model));
    }

    @FXML
    private void initialize() {
        dataSummaryLabel.textProperty().bind(model.dataSummaryProperty());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        buildButton.disableProperty().bind(model.busyProperty());
        trainButton.disableProperty().bind(model.busyProperty().or(model.notBuilt()));
        evaluateButton.disableProperty().bind(model.busyProperty().or(model.notBuilt()));
        previewButton.disableProperty().bind(model.busyProperty().or(model.notBuilt()));
        setUpData(model.source());
        setUpModels(model.settings());
        setUpEvaluation(model.evaluation());
        setUpPreview(model.preview());
        recommendationsView.sceneProperty().addListener((obs, old, now) -> model.setActive(now != null));
    }

    private void setUpData(RecommendSource source) {
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

    private void setUpModels(ModelSettings settings) {
        modelTable.setItems(settings.models());
        modelTable.setEditable(true);
        TableColumn<ModelChoice, Boolean> use = new TableColumn<>(i18n("recommend.col.use"));
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        TableColumn<ModelChoice, String> name = new TableColumn<>(i18n("recommend.col.model"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(120);
        modelTable.getColumns().setAll(List.of(use, name));
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
        trainedTable.setItems(model.trained());
        TableColumn<TrainedModel, String> trainedName = new TableColumn<>(i18n("recommend.col.model"));
        trainedName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        TableColumn<TrainedModel, String> seconds = new TableColumn<>(i18n("recommend.col.seconds"));
        seconds.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format(Locale.ROOT, "%.2f",
                c.getValue().seconds())));
        TableColumn<TrainedModel, String> seed = new TableColumn<>(i18n("recommend.seed"));
        seed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(c.getValue().seed())));
        trainedTable.getColumns().setAll(List.of(trainedName, seconds, seed));
    }

    private void setUpEvaluation(EvaluationResults evaluation) {
        Controls.bindChoice(splitBox, List.of(SplitKind.values()), EvaluationResults::splitName,
                evaluation.splitProperty());
        Controls.bindInt(foldsSpinner, evaluation.foldsProperty(), 1, 20, keep);
        foldsSpinner.disableProperty().bind(evaluation.splitProperty().isEqualTo(SplitKind.TEMPORAL));
        Controls.bindInt(kSpinner, evaluation.kProperty(), 1, 100, keep);
        Controls.bindDouble(testShareSpinner, evaluation.testShareProperty(), 0.05, 0.95, 0.05, keep);
        testShareSpinner.disableProperty().bind(evaluation.splitProperty().isEqualTo(SplitKind.RANDOM));
        Controls.bindInt(maxUsersSpinner, evaluation.maxUsersProperty(), 0, 10_000_000, keep);
        Controls.bindLong(evalSeedField, evaluation.seedProperty(), keep);
        evalSummaryLabel.textProperty().bind(evaluation.summaryProperty());
        ResultColumns.metrics(overallTable, false);
        ResultColumns.metrics(segmentTable, true);
        overallTable.setItems(evaluation.overall());
        segmentTable.setItems(evaluation.bySegment());
        runList.setItems(evaluation.savedRuns());
        runList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EvaluationRunStore.Summary run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : i18n("recommend.run.line", WHEN.format(run.createdAt()),
                        run.source(), String.join(", ", run.models()), run.folds(), run.k(),
                        String.valueOf(run.seed())));
            }
        });
        runList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openSavedRun(runList.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void setUpPreview(PreviewState preview) {
        Controls.bindChoice(targetBox, List.of(PreviewState.Target.values()),
                t -> t == PreviewState.Target.CUSTOMER ? i18n("recommend.target.customer")
                        : i18n("recommend.target.segment"), preview.targetProperty());
        customerSearch.textProperty().bindBidirectional(preview.queryProperty());
        customerBox.setItems(preview.matches());
        customerBox.valueProperty().bindBidirectional(preview.customerProperty());
        segmentBox.setItems(preview.segments());
        segmentBox.valueProperty().bindBidirectional(preview.segmentProperty());
        var forSegment = preview.targetProperty().isEqualTo(PreviewState.Target.SEGMENT);
        customerSearch.disableProperty().bind(forSegment);
        customerBox.disableProperty().bind(forSegment);
        segmentBox.disableProperty().bind(forSegment.not());
        Controls.bindInt(nSpinner, preview.nProperty(), 1, 100, keep);
        modelABox.setItems(preview.trained());
        modelABox.valueProperty().bindBidirectional(preview.modelAProperty());
        modelBBox.setItems(preview.trained());
        modelBBox.valueProperty().bindBidirectional(preview.modelBProperty());
        summaryALabel.textProperty().bind(preview.summaryAProperty());
        summaryBLabel.textProperty().bind(preview.summaryBProperty());
        ResultColumns.preview(previewTableA);
        ResultColumns.preview(previewTableB);
        previewTableA.setItems(preview.itemsA());
        previewTableB.setItems(preview.itemsB());
    }

    @FXML
    private void build() {
        model.buildInteractions();
    }

    @FXML
    private void train() {
        model.train();
    }

    @FXML
    private void evaluate() {
        model.evaluate();
    }

    @FXML
    private void preview() {
        model.runPreview();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
