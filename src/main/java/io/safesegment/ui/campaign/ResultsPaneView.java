package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.stats.ExperimentReport;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/campaign/ResultsPane.fxml}: the analysis table and the interval chart. */
public final class ResultsPaneView {
    private final ResultsPaneViewModel model;
    private final ChartPane chart = new ChartPane();

    @FXML private Label resultsLabel;
    @FXML private TextField controlField;
    @FXML private TextField seedField;
    @FXML private Label warningsLabel;
    @FXML private TableView<ExperimentReport.ArmResult> armTable;
    @FXML private StackPane chartHolder;

    private ResultsPaneView(ResultsPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane. */
    public static Parent create(ResultsPaneViewModel model) {
        return ViewLoader.load("campaign/ResultsPane.fxml", new ResultsPaneView(model));
    }

    @FXML
    private void initialize() {
        resultsLabel.textProperty().bind(Bindings.createStringBinding(() -> model.resultsProperty().get() == null
                ? i18n("campaign.nofile") : model.resultsProperty().get().getFileName().toString(),
                model.resultsProperty()));
        controlField.textProperty().bindBidirectional(model.controlProperty());
        seedField.textProperty().bindBidirectional(model.seedProperty());
        warningsLabel.textProperty().bind(model.warningsProperty());
        Cells.column(armTable, i18n("campaign.column.arm"), ExperimentReport.ArmResult::arm);
        Cells.column(armTable, i18n("campaign.column.n"), a -> Long.toString(a.n()));
        Cells.column(armTable, i18n("campaign.column.conversions"), a -> Long.toString(a.conversions()));
        Cells.column(armTable, i18n("campaign.column.rate"), a -> Cells.pct(a.rate()));
        Cells.column(armTable, i18n("campaign.column.ci"), a -> Cells.interval(a.ci()));
        Cells.column(armTable, i18n("campaign.column.ctr"), a -> Cells.pct(a.ctr()));
        Cells.column(armTable, i18n("campaign.column.lift"), a -> Cells.pct(a.lift()));
        Cells.column(armTable, i18n("campaign.column.liftCi"), a -> Cells.interval(a.liftCi()));
        Cells.column(armTable, i18n("campaign.column.p"), a -> Cells.num(a.pValue()));
        Cells.column(armTable, i18n("campaign.column.holm"), a -> Cells.num(a.holmPValue()));
        Cells.column(armTable, i18n("campaign.column.beat"), a -> Cells.pct(a.probabilityToBeatControl()));
        Cells.column(armTable, i18n("campaign.column.revenue"), a -> Cells.money(a.revenuePerCustomer()));
        Cells.column(armTable, i18n("campaign.column.welch"), a -> Cells.num(a.welchPValue()));
        armTable.setItems(model.arms());
        chartHolder.getChildren().add(chart);
        model.arms().addListener((ListChangeListener<ExperimentReport.ArmResult>) c -> redraw());
        redraw();
    }

    private void redraw() {
        chart.showIntervals(model.arms().stream().filter(a -> a.rate() != null && a.ci() != null)
                .map(a -> new ChartPane.Row(a.arm(), a.rate(), a.ci()[0], a.ci()[1])).toList(),
                i18n("campaign.chart.rate"));
    }

    @FXML
    private void chooseResults() {
        model.chooseResults();
    }

    @FXML
    private void analyse() {
        model.analyse();
    }
}
