package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/recommend/EvaluationPane.fxml}: binds the protocol, results and saved runs. */
public final class EvaluationPaneView {
    private final EvaluationPaneViewModel model;
    private final List<Object> keep = new ArrayList<>();

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

    private EvaluationPaneView(EvaluationPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(EvaluationPaneViewModel model) {
        return ViewLoader.load("recommend/EvaluationPane.fxml", new EvaluationPaneView(model));
    }

    @FXML
    private void initialize() {
        EvaluationResults evaluation = model.evaluation();
        evaluateButton.disableProperty().bind(model.evaluateDisabled());
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
        runList.setCellFactory(list -> ResultColumns.runCell());
        runList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openSavedRun(runList.getSelectionModel().getSelectedItem());
            }
        });
    }

    @FXML
    private void evaluate() {
        model.evaluate();
    }
}
