package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
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
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Controller of {@code fxml/privacy/SolutionSpaceView.fxml}: the candidates as highest risk against information
 * loss (the optimum and the pick as their own series), the same candidates in a table for the keyboard, and the
 * pick's before/after review and rule set. A click on a point or a row picks it; both stay in step.
 */
public final class SolutionSpaceView {
    private final AnonymiseViewModel model;
    private final SolutionSpace space;
    private XYChart.Series<Number, Number> pickedSeries = new XYChart.Series<>();

    @FXML private ScatterChart<Number, Number> spaceChart;
    @FXML private TableView<SolutionSpace.Point> candidateTable;
    @FXML private TableColumn<SolutionSpace.Point, String> candidateLevels;
    @FXML private TableColumn<SolutionSpace.Point, String> candidateLoss;
    @FXML private TableColumn<SolutionSpace.Point, String> candidateRisk;
    @FXML private TableColumn<SolutionSpace.Point, String> candidateSuppressed;
    @FXML private Label pickedLabel;
    @FXML private TableView<SolutionSpace.ReviewRow> reviewTable;
    @FXML private TableColumn<SolutionSpace.ReviewRow, String> reviewMeasure;
    @FXML private TableColumn<SolutionSpace.ReviewRow, String> reviewBefore;
    @FXML private TableColumn<SolutionSpace.ReviewRow, String> reviewAfter;
    @FXML private ListView<String> rulesList;
    @FXML private Button applyPickButton;

    private SolutionSpaceView(AnonymiseViewModel model) {
        this.model = model;
        this.space = model.space();
    }

    /** Loads the view for {@code model}'s solution space. */
    public static Parent create(AnonymiseViewModel model) {
        return ViewLoader.load("privacy/SolutionSpaceView.fxml", new SolutionSpaceView(model));
    }

    @FXML
    private void initialize() {
        candidateTable.setItems(space.points());
        candidateLevels.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().levelVector()));
        candidateLoss.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n("privacy.anon.review.percent", c.getValue().loss() * 100)));
        candidateRisk.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n("privacy.anon.review.percent", c.getValue().risk() * 100)));
        candidateSuppressed.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.valueOf(c.getValue().node().suppressedRows())));
        candidateTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SolutionSpace.Point item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.levels()));
            }
        });
        reviewTable.setItems(space.review());
        reviewMeasure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measure()));
        reviewBefore.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before()));
        reviewAfter.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().after()));
        rulesList.setItems(space.rules());
        space.points().addListener((ListChangeListener<SolutionSpace.Point>) c -> plot());
        candidateTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != space.pickedProperty().get()) {
                space.pick(now);
            }
        });
        space.pickedProperty().addListener((o, old, now) -> showPick(now));
        applyPickButton.disableProperty().bind(space.pickedProperty().isNull().or(model.searchingProperty()));
        plot();
        showPick(space.pickedProperty().get());
    }

    /** Series built full, then set: the chart draws a legend symbol only for a series with a point when added. */
    private void plot() {
        XYChart.Series<Number, Number> candidates = UtilityView.series(i18n("privacy.anon.plot.candidates"));
        XYChart.Series<Number, Number> optimum = UtilityView.series(i18n("privacy.anon.plot.optimum"));
        pickedSeries = UtilityView.series(i18n("privacy.anon.plot.picked"));
        SolutionSpace.Point pick = space.pickedProperty().get();
        if (pick == null || !space.points().contains(pick)) { // a new search picks its optimum right after this
            pick = space.points().stream().filter(SolutionSpace.Point::optimum).findFirst().orElse(null);
        }
        if (pick != null) {
            pickedSeries.getData().add(new XYChart.Data<>(pick.loss() * 100, pick.risk() * 100));
        }
        java.util.Map<XYChart.Data<Number, Number>, SolutionSpace.Point> points = new java.util.LinkedHashMap<>();
        for (SolutionSpace.Point p : space.points()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.loss() * 100, p.risk() * 100);
            (p.optimum() ? optimum : candidates).getData().add(d);
            points.put(d, p);
        }
        spaceChart.getData().setAll(java.util.List.of(candidates, optimum, pickedSeries));
        points.forEach((d, p) -> {
            Node node = d.getNode(); // exists once the point is in a series of the chart
            if (node != null) {
                Tooltip.install(node, new Tooltip(p.levels()));
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> space.pick(p));
            }
        });
    }

    private void showPick(SolutionSpace.Point p) {
        pickedSeries.getData().clear();
        if (p == null) {
            pickedLabel.setText("");
            candidateTable.getSelectionModel().clearSelection();
            return;
        }
        pickedSeries.getData().add(new XYChart.Data<>(p.loss() * 100, p.risk() * 100));
        pickedLabel.setText(p.optimum() ? i18n("privacy.anon.picked.optimum", p.levels())
                : i18n("privacy.anon.picked", p.levels()));
        if (candidateTable.getSelectionModel().getSelectedItem() != p) {
            candidateTable.getSelectionModel().select(p);
            candidateTable.scrollTo(p);
        }
    }

    @FXML
    private void applyPick() {
        model.applyPick();
    }
}
