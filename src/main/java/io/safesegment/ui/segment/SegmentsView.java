package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.KRange;
import io.safesegment.core.segment.SegmentRunStore;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.ui.common.ValueButtonCell;
import io.safesegment.ui.common.ViewLoader;
import io.safesegment.ui.common.chart.ScatterCanvas;
import io.safesegment.ui.common.chart.ScatterData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Controller of {@code fxml/segment/SegmentsView.fxml}: binds the feature, algorithm, plot and table panels. */
public final class SegmentsView {
    static final KeyCombination RUN_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SegmentsViewModel model;

    @FXML private StackPane segmentsView;
    @FXML private ComboBox<SegmentsViewModel.SourceKind> sourceBox;
    @FXML private Label sourceLabel;
    @FXML private ComboBox<String> customersDatasetBox;
    @FXML private ComboBox<String> transactionsDatasetBox;
    @FXML private TextField seedField;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private Button exportButton;
    @FXML private TableView<FeatureRow> featureTable;
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
    @FXML private Button chooseKButton;
    @FXML private Label suggestionLabel;
    @FXML private Button useKButton;
    @FXML private LineChart<Number, Number> inertiaChart;
    @FXML private LineChart<Number, Number> silhouetteChart;
    @FXML private LineChart<Number, Number> dbChart;
    @FXML private TabPane tabs;
    @FXML private ComboBox<String> xAxisBox;
    @FXML private ComboBox<String> yAxisBox;
    @FXML private Button exportPlotButton;
    @FXML private ScatterCanvas scatter;
    @FXML private Label scatterEmpty;
    @FXML private Label selectionLabel;
    @FXML private TableView<SelectedCustomer> selectedTable;
    @FXML private Label runSummaryLabel;
    @FXML private Button exportProfilesButton;
    @FXML private TableView<ProfileRow> profileTable;
    @FXML private Button rfmButton;
    @FXML private Label rfmLabel;
    @FXML private TableView<RfmResult.SegmentSummary> rfmTable;
    @FXML private TableView<SegmentRunStore.Summary> runsTable;
    @FXML private Button compareButton;
    @FXML private Label comparisonLabel;
    @FXML private TableView<SizeRow> comparisonTable;

    // Bidirectional bindings hold their ends weakly; these adapters must live as long as the view.
    private ObjectProperty<Integer> kObject;
    private ObjectProperty<Integer> restartsObject;
    private ObjectProperty<Integer> minPointsObject;
    private ObjectProperty<Integer> sampleObject;
    private final ChangeListener<ScatterData> scatterListener = (obs, old, now) -> showScatter(now);
    private final ChangeListener<KRange.Result> kRangeListener = (obs, old, now) -> showKRange(now);
    private final ChangeListener<KDistance.Curve> kDistanceListener = (obs, old, now) -> showKDistance(now);
    private final ChangeListener<Object> runListener = (obs, old, now) -> buildProfileColumns();
    private final ChangeListener<Number> kListener = (obs, old, now) -> highlightK();
    private final ChangeListener<Number> suggestedKListener = (obs, old, now) -> showSuggestedK();

    private SegmentsView(SegmentsViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(SegmentsViewModel model) {
        return ViewLoader.load("segment/SegmentsView.fxml", new SegmentsView(model));
    }

    @FXML
    private void initialize() {
        sourceBox.getItems().setAll(SegmentsViewModel.SourceKind.values());
        sourceBox.setConverter(converter(kind -> kind == SegmentsViewModel.SourceKind.WORKSPACE
                ? i18n("segments.source.workspace") : i18n("segments.source.loaded")));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> model.usedDatasetsProperty().get().isEmpty()
                ? model.sourceTextProperty().get()
                : i18n("segments.source.used", model.sourceTextProperty().get(), model.usedDatasetsProperty().get()),
                model.sourceTextProperty(), model.usedDatasetsProperty()));
        customersDatasetBox.setItems(model.datasetChoices());
        customersDatasetBox.valueProperty().bindBidirectional(model.customersDatasetProperty());
        customersDatasetBox.disableProperty().bind(model.sourceProperty().isEqualTo(SegmentsViewModel.SourceKind.LOADED));
        transactionsDatasetBox.setItems(model.datasetChoices());
        transactionsDatasetBox.valueProperty().bindBidirectional(model.transactionsDatasetProperty());
        seedField.setText(Long.toString(model.settings().seedProperty().get()));
        seedField.textProperty().addListener((obs, old, now) -> parseLong(now, model.settings().seedProperty()::set));
        runButton.disableProperty().bind(model.busyProperty());
        cancelButton.disableProperty().bind(model.busyProperty().not());
        exportButton.disableProperty().bind(model.noRun());
        exportProfilesButton.disableProperty().bind(model.noRun());
        exportPlotButton.disableProperty().bind(model.noRun());
        chooseKButton.disableProperty().bind(model.busyProperty());
        rfmButton.disableProperty().bind(model.busyProperty());

        setUpFeatureTable();
        setUpAlgorithmPanel();
        setUpScatter();
        setUpTables();
        model.kRangeProperty().addListener(new WeakChangeListener<>(kRangeListener));
        model.kDistanceProperty().addListener(new WeakChangeListener<>(kDistanceListener));
        model.runProperty().addListener(new WeakChangeListener<>(runListener));
        model.settings().kProperty().addListener(new WeakChangeListener<>(kListener));
        model.suggestedKProperty().addListener(new WeakChangeListener<>(suggestedKListener));
        showSuggestedK();
        showKRange(model.kRangeProperty().get());
        showKDistance(model.kDistanceProperty().get());
        buildProfileColumns();

        segmentsView.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getAccelerators().remove(RUN_KEY);
                old.getAccelerators().remove(EXPORT_KEY);
            }
            if (now != null) {
                installShortcuts(now);
            }
            model.setActive(now != null);
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(RUN_KEY, this::run);
        scene.getAccelerators().put(EXPORT_KEY, this::exportAssignments);
    }

    private void setUpFeatureTable() {
        featureTable.setItems(model.features());
        featureTable.setEditable(true);
        TableColumn<FeatureRow, Boolean> use = new TableColumn<>(i18n("segments.col.use"));
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(44);
        TableColumn<FeatureRow, String> name = new TableColumn<>(i18n("segments.col.feature"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(140);
        TableColumn<FeatureRow, Scaling> scaling = new TableColumn<>(i18n("segments.col.scaling"));
        scaling.setCellValueFactory(c -> c.getValue().scalingProperty());
        scaling.setCellFactory(c -> new ComboBoxTableCell<>(converter(SegmentText::scaling),
                Scaling.values()) {
            @Override
            public void updateItem(Scaling item, boolean empty) {
                super.updateItem(item, empty);
                FeatureRow row = getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && row.scalable());
                if (row != null && !row.scalable() && !empty) {
                    setText(i18n("segments.scaling.fixed"));
                }
            }
        });
        scaling.setEditable(true);
        scaling.setPrefWidth(110);
        featureTable.getColumns().setAll(List.of(use, name, scaling));
        featureTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void setUpAlgorithmPanel() {
        algorithmBox.getItems().setAll(Algorithm.values());
        algorithmBox.setConverter(converter(SegmentText::algorithm));
        algorithmBox.valueProperty().bindBidirectional(model.settings().algorithmProperty());
        kObject = model.settings().kProperty().asObject();
        restartsObject = model.settings().restartsProperty().asObject();
        minPointsObject = model.settings().minPointsProperty().asObject();
        sampleObject = model.settings().sampleSizeProperty().asObject();
        bindSpinner(kSpinner, 2, 30, kObject);
        bindSpinner(restartsSpinner, 1, 50, restartsObject);
        bindSpinner(minPointsSpinner, 2, 500, minPointsObject);
        bindSpinner(sampleSpinner, 100, 10_000, sampleObject);
        epsilonField.setPromptText(i18n("segments.param.epsilon.prompt"));
        epsilonField.setText(model.settings().epsilonProperty().get() == 0 ? "" : SegmentText.number(
                model.settings().epsilonProperty().get()));
        model.settings().epsilonProperty().addListener((obs, old, now) -> {
            if (!epsilonField.isFocused()) {
                epsilonField.setText(now.doubleValue() == 0 ? "" : String.format(Locale.ROOT, "%.4f", now.doubleValue()));
            }
        });
        epsilonField.textProperty().addListener((obs, old, now) -> parseDouble(now, model.settings().epsilonProperty()::set));
        bandField.setText(SegmentText.number(model.settings().bandWidthProperty().get()));
        bandField.textProperty().addListener((obs, old, now) -> parseDouble(now, model.settings().bandWidthProperty()::set));
        groupByField.setText(String.join(", ", model.settings().groupBy()));
        groupByField.textProperty().addListener((obs, old, now) -> model.settings().groupBy().setAll(
                java.util.Arrays.stream(now.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        groupByField.setTooltip(new Tooltip());
        model.features().addListener((javafx.collections.ListChangeListener<FeatureRow>) c ->
                groupByField.getTooltip().setText(String.join(", ", model.groupableColumns())));
        algorithmBox.valueProperty().addListener((obs, old, now) -> showParameters(now));
        showParameters(model.settings().algorithmProperty().get());
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

    private void setUpScatter() {
        xAxisBox.setItems(model.axisChoices());
        yAxisBox.setItems(model.axisChoices());
        xAxisBox.valueProperty().bindBidirectional(model.xAxisProperty());
        yAxisBox.valueProperty().bindBidirectional(model.yAxisProperty());
        // Replacing the choices after a run clears the selection model; these cells keep showing the value.
        ValueButtonCell.install(xAxisBox, String::valueOf);
        ValueButtonCell.install(yAxisBox, String::valueOf);
        model.scatterProperty().addListener(new WeakChangeListener<>(scatterListener));
        scatter.selectionProperty().addListener((obs, old, now) -> model.selectPoints(now));
        selectedTable.setItems(model.selected());
        selectedTable.getColumns().setAll(List.of(
                column(i18n("segments.col.customer"), 100, SelectedCustomer::customerId),
                column(i18n("segments.col.segment"), 90, SelectedCustomer::segment),
                column(i18n("segments.col.values"), 260, SelectedCustomer::keyFeatures)));
        selectionLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n("segments.selection.count", model.selected().size()), model.selected()));
        showScatter(model.scatterProperty().get());
    }

    private void showScatter(ScatterData data) {
        scatter.setData(data);
        scatterEmpty.setVisible(data == null);
    }

    private void setUpTables() {
        profileTable.setItems(model.profiles());
        rfmTable.setItems(model.rfmSegments());
        rfmTable.getColumns().setAll(List.of(
                column(i18n("segments.col.rfmsegment"), 180, RfmResult.SegmentSummary::name),
                column(i18n("segments.col.customers"), 100, s -> String.format("%,d", s.customers())),
                column(i18n("segments.col.share"), 80, s -> percent(s.share())),
                column(i18n("segments.col.revenue"), 120, s -> String.format("%,.2f", s.revenue()))));
        rfmLabel.textProperty().bind(model.rfmSummaryProperty());
        runsTable.setItems(model.history().runs());
        runsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runsTable.getColumns().setAll(List.of(
                column(i18n("segments.col.date"), 130, s -> WHEN.format(s.createdAt())),
                column(i18n("segments.col.datasets"), 200, s -> model.history().datasetsOf(s.id())),
                column(i18n("segments.col.algorithm"), 120, s -> SegmentText.algorithm(s.algorithm())),
                column(i18n("segments.col.k"), 40, s -> Integer.toString(s.k())),
                column(i18n("segments.col.seed"), 60, s -> Long.toString(s.seed())),
                column(i18n("segments.col.silhouette"), 80, s -> s.silhouette() == null ? "–"
                        : String.format(Locale.ROOT, "%.3f", s.silhouette())),
                column(i18n("segments.col.params"), 240, s -> SegmentText.parameters(s.parameters())),
                column(i18n("segments.col.features"), 240, s -> String.join(", ", s.features()))));
        compareButton.disableProperty().bind(javafx.beans.binding.Bindings.size(
                runsTable.getSelectionModel().getSelectedItems()).isNotEqualTo(2).or(model.busyProperty()));
        comparisonTable.setItems(model.history().comparisonRows());
        comparisonTable.getColumns().setAll(List.of(
                column(i18n("segments.col.segment"), 90, SizeRow::segment),
                column(i18n("segments.col.runa"), 110, SizeRow::sizeA),
                column(i18n("segments.col.runb"), 110, SizeRow::sizeB)));
        comparisonLabel.textProperty().bind(model.history().comparisonTextProperty());
        runSummaryLabel.textProperty().bind(model.runSummaryProperty());
    }

    /** Profile columns depend on the run's features: name, label, size, share, one heat-map column per feature. */
    private void buildProfileColumns() {
        TableColumn<ProfileRow, String> name = new TableColumn<>(i18n("segments.col.name"));
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setEditable(true);
        name.setPrefWidth(130);
        List<TableColumn<ProfileRow, ?>> columns = new java.util.ArrayList<>(List.of(name,
                column(i18n("segments.col.label"), 220, r -> r.profile().description()),
                column(i18n("segments.col.size"), 70, r -> String.format("%,d", r.profile().size())),
                column(i18n("segments.col.share"), 60, r -> percent(r.profile().share()))));
        var run = model.runProperty().get();
        if (run != null) {
            for (int j = 0; j < run.featureNames().size(); j++) {
                columns.add(heatColumn(run.featureNames().get(j), j));
            }
        }
        columns.add(column(i18n("segments.col.top"), 260, r -> topCategories(r)));
        profileTable.getColumns().setAll(columns);
    }

    private static String topCategories(ProfileRow row) {
        StringBuilder out = new StringBuilder();
        row.profile().topCategories().forEach((attribute, shares) -> {
            if (!shares.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("; ");
                }
                out.append(attribute).append(": ").append(shares.getFirst().value()).append(' ')
                        .append(percent(shares.getFirst().share()));
            }
        });
        return out.toString();
    }

    private TableColumn<ProfileRow, String> heatColumn(String feature, int index) {
        TableColumn<ProfileRow, String> column = new TableColumn<>(model.featureTitle(feature));
        column.setCellValueFactory(c -> {
            var stat = c.getValue().profile().features().get(index);
            return new ReadOnlyObjectWrapper<>(SegmentText.number(stat.mean()) + "  ("
                    + SegmentText.number(stat.median()) + ")");
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ProfileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setStyle("");
                    setTooltip(null);
                    return;
                }
                var stat = row.profile().features().get(index);
                setText(item);
                setStyle("-fx-background-color: " + heat(stat.z()) + ";");
                setTooltip(new Tooltip(i18n("segments.heat.tooltip", feature, SegmentText.number(stat.mean()),
                        SegmentText.number(stat.median()), SegmentText.number(stat.overallMean()),
                        SegmentText.number(stat.overallMedian()), String.format(Locale.ROOT, "%+.2f", stat.z()))));
            }
        });
        column.setPrefWidth(120);
        column.setComparator(String::compareTo);
        return column;
    }

    /** Diverging colour: blue below the population, orange above, stronger with |z| (capped at 2). */
    static String heat(double z) {
        if (Double.isNaN(z)) {
            return "transparent";
        }
        double strength = Math.min(1, Math.abs(z) / 2) * 0.55;
        return z < 0 ? String.format(Locale.ROOT, "rgba(0, 114, 178, %.2f)", strength)
                : String.format(Locale.ROOT, "rgba(230, 159, 0, %.2f)", strength);
    }

    /** "Use k = N" appears once a scan suggested N; k itself changes only when the user clicks it. */
    private void showSuggestedK() {
        int suggested = model.suggestedKProperty().get();
        useKButton.setVisible(suggested > 0);
        useKButton.setManaged(suggested > 0);
        useKButton.setText(i18n("segments.choosek.use", suggested));
    }

    @FXML
    private void useSuggestedK() {
        model.useSuggestedK();
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
                node.setOnMouseClicked(e -> model.settings().kProperty().set(k));
                Tooltip.install(node, new Tooltip("k = " + k + ": " + SegmentText.number(point.getYValue()
                        .doubleValue())));
                node.getStyleClass().add("k-point");
            }
        }
    }

    /** Marks the chosen k on the three charts and the suggested k with a ring. */
    private void highlightK() {
        KRange.Result result = model.kRangeProperty().get();
        int chosen = model.settings().kProperty().get();
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

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static void parseLong(String text, java.util.function.LongConsumer target) {
        try {
            target.accept(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // Half-typed numbers are ignored; the last valid value stays in effect.
        }
    }

    private static void parseDouble(String text, java.util.function.DoubleConsumer target) {
        String t = text.strip();
        if (t.isEmpty()) {
            target.accept(0);
            return;
        }
        try {
            target.accept(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            // Half-typed numbers are ignored; the last valid value stays in effect.
        }
    }

    @FXML
    private void run() {
        model.run();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void chooseK() {
        model.chooseK();
    }

    @FXML
    private void computeKDistance() {
        model.computeKDistance();
    }

    @FXML
    private void exportAssignments() {
        model.exportAssignments();
    }

    @FXML
    private void exportProfiles() {
        model.exportProfiles();
    }

    @FXML
    private void exportPlot() {
        if (scatter.data() != null) {
            model.exportPlot(scatter.snapshotPng());
        }
    }

    @FXML
    private void runRfm() {
        model.runRfm();
    }

    @FXML
    private void compare() {
        var chosen = runsTable.getSelectionModel().getSelectedItems();
        if (chosen.size() == 2) {
            model.history().compare(chosen.get(0), chosen.get(1));
        }
    }
}
