package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Controller of {@code fxml/privacy/UtilityView.fxml}: the marketing utility of the solution space's candidates —
 * highest risk against segment agreement (ARI), the optimum and the pick as their own series, the same points in a
 * table with NDCG@10 and loss — measured on request with progress and Cancel. A click on a point or a row picks the
 * candidate, as in the solution space above.
 */
public final class UtilityView {
    private final AnonymiseViewModel model;
    private final MarketingUtility utility;
    private XYChart.Series<Number, Number> picked = new XYChart.Series<>();

    @FXML private Spinner<Integer> segmentsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Button transactionsButton;
    @FXML private Label transactionsLabel;
    @FXML private Button measureButton;
    @FXML private Button cancelUtilityButton;
    @FXML private ProgressIndicator utilityBusy;
    @FXML private Label utilityMessage;
    @FXML private ScatterChart<Number, Number> utilityChart;
    @FXML private TableView<MarketingUtility.Measured> utilityTable;
    @FXML private TableColumn<MarketingUtility.Measured, String> utilityLevels;
    @FXML private TableColumn<MarketingUtility.Measured, String> utilityAri;
    @FXML private TableColumn<MarketingUtility.Measured, String> utilityNdcg;
    @FXML private TableColumn<MarketingUtility.Measured, String> utilityLoss;
    @FXML private TableColumn<MarketingUtility.Measured, String> utilityRisk;

    private UtilityView(AnonymiseViewModel model) {
        this.model = model;
        this.utility = model.utility();
    }

    /** Loads the view for {@code model}'s marketing utility. */
    public static Parent create(AnonymiseViewModel model) {
        return ViewLoader.load("privacy/UtilityView.fxml", new UtilityView(model));
    }

    @FXML
    private void initialize() {
        segmentsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 20,
                utility.segmentsProperty().get()));
        segmentsSpinner.valueProperty().addListener((o, old, now) -> utility.segmentsProperty().set(now));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE,
                utility.seedProperty().get()));
        seedSpinner.valueProperty().addListener((o, old, now) -> utility.seedProperty().set(now));
        transactionsLabel.textProperty().bind(Bindings.createStringBinding(() -> utility.transactionsProperty()
                .get() == null ? i18n("privacy.anon.utility.transactions.none")
                : utility.transactionsProperty().get().getFileName().toString(), utility.transactionsProperty()));
        var busy = utility.busyProperty().or(model.searchingProperty());
        measureButton.disableProperty().bind(busy.or(Bindings.isEmpty(model.space().points())));
        transactionsButton.disableProperty().bind(utility.busyProperty());
        cancelUtilityButton.disableProperty().bind(utility.busyProperty().not());
        utilityBusy.visibleProperty().bind(utility.busyProperty());
        utilityMessage.textProperty().bind(utility.messageProperty());

        utilityTable.setItems(utility.measured());
        column(utilityLevels, m -> m.point().levelVector());
        column(utilityAri, m -> i18n("privacy.anon.utility.ari.value", m.ari()));
        column(utilityNdcg, m -> m.ndcgChange() == null ? "–" : i18n("privacy.anon.utility.ndcg.value",
                m.report().ndcg10Original(), m.report().ndcg10Anonymised()));
        column(utilityLoss, m -> i18n("privacy.anon.review.percent", m.point().loss() * 100));
        column(utilityRisk, m -> i18n("privacy.anon.review.percent", m.point().risk() * 100));
        utility.measured().addListener((ListChangeListener<MarketingUtility.Measured>) c -> plot());
        utilityTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.point() != model.space().pickedProperty().get()) {
                model.space().pick(now.point());
            }
        });
        model.space().pickedProperty().addListener((o, old, now) -> showPick(now));
        plot();
    }

    /** A text column whose cells show their whole text on hover (narrow columns at 1280×820). */
    private static void column(TableColumn<MarketingUtility.Measured, String> column,
                               Function<MarketingUtility.Measured, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
    }

    /**
     * Plots the measured candidates. The series are built full and then set: the chart draws a legend symbol only
     * for a series that has a point when it is added.
     */
    private void plot() {
        XYChart.Series<Number, Number> candidates = series(i18n("privacy.anon.plot.candidates"));
        XYChart.Series<Number, Number> optimum = series(i18n("privacy.anon.plot.optimum"));
        picked = series(i18n("privacy.anon.plot.picked"));
        SolutionSpace.Point pick = model.space().pickedProperty().get();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (MarketingUtility.Measured m : utility.measured()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(m.ari(), m.point().risk() * 100);
            (m.point().optimum() ? optimum : candidates).getData().add(d);
            points.add(d);
            if (m.point() == pick) {
                picked.getData().add(new XYChart.Data<>(m.ari(), pick.risk() * 100));
            }
        }
        utilityChart.getData().setAll(List.of(candidates, optimum, picked));
        for (int i = 0; i < points.size(); i++) {
            MarketingUtility.Measured m = utility.measured().get(i);
            Node node = points.get(i).getNode(); // exists once the point is in a series of the chart
            if (node != null) {
                Tooltip.install(node, new Tooltip(describe(m)));
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> model.space().pick(m.point()));
            }
        }
        showPick(pick);
    }

    /** An empty series named {@code name} (in the legend). */
    static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static String describe(MarketingUtility.Measured m) {
        String ndcg = m.ndcgChange() == null ? i18n("privacy.anon.utility.tip.nondcg")
                : i18n("privacy.anon.utility.ndcg.value", m.report().ndcg10Original(), m.report().ndcg10Anonymised());
        return i18n("privacy.anon.utility.tip", m.point().levels(), m.ari(), ndcg, m.point().loss() * 100,
                m.point().risk() * 100);
    }

    private void showPick(SolutionSpace.Point p) {
        picked.getData().clear();
        MarketingUtility.Measured at = utility.measured().stream().filter(m -> m.point() == p).findFirst()
                .orElse(null);
        if (at == null) {
            utilityTable.getSelectionModel().clearSelection();
            return;
        }
        picked.getData().add(new XYChart.Data<>(at.ari(), p.risk() * 100));
        if (utilityTable.getSelectionModel().getSelectedItem() != at) {
            utilityTable.getSelectionModel().select(at);
            utilityTable.scrollTo(at);
        }
    }

    @FXML
    private void measure() {
        utility.measure();
    }

    @FXML
    private void cancel() {
        utility.cancel();
    }

    @FXML
    private void chooseTransactions() {
        utility.chooseTransactions();
    }
}
