package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.offers.SimulationResult;
import io.safesegment.ui.common.ViewLoader;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/campaign/PoliciesPane.fxml}: learning curves and the policies' final choices. */
public final class PoliciesPaneView {
    private final PoliciesPaneViewModel model;
    private final ChartPane chart = new ChartPane();

    @FXML private Label transactionsLabel;
    @FXML private TextField offersField;
    @FXML private TextField episodesField;
    @FXML private TextField seedField;
    @FXML private StackPane chartHolder;
    @FXML private TableView<SimulationResult.PolicyCurve> policyTable;

    private PoliciesPaneView(PoliciesPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane. */
    public static Parent create(PoliciesPaneViewModel model) {
        return ViewLoader.load("campaign/PoliciesPane.fxml", new PoliciesPaneView(model));
    }

    @FXML
    private void initialize() {
        transactionsLabel.textProperty().bind(Bindings.createStringBinding(() ->
                model.transactionsProperty().get() == null ? i18n("campaign.policies.defaults")
                        : model.transactionsProperty().get().getFileName().toString(), model.transactionsProperty()));
        offersField.textProperty().bindBidirectional(model.offersProperty());
        episodesField.textProperty().bindBidirectional(model.episodesProperty());
        seedField.textProperty().bindBidirectional(model.seedProperty());
        Cells.column(policyTable, i18n("campaign.column.policy"), SimulationResult.PolicyCurve::policy);
        Cells.column(policyTable, i18n("campaign.column.meanReward"),
                c -> String.format(Locale.ROOT, "%.3f", c.meanReward()));
        Cells.column(policyTable, i18n("campaign.column.finalReward"),
                c -> String.format(Locale.ROOT, "%.3f", c.finalReward()));
        Cells.column(policyTable, i18n("campaign.column.picks"), c -> String.join(", ", c.greedyOffers()));
        chartHolder.getChildren().add(chart);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
    }

    private void show(SimulationResult result) {
        if (result == null) {
            policyTable.getItems().clear();
            return;
        }
        policyTable.getItems().setAll(result.policies());
        chart.showCurves(result.policies().stream().map(p -> new ChartPane.Series(p.policy(), p.curve())).toList(),
                result.options().episodes(), i18n("campaign.chart.episodes"), i18n("campaign.chart.reward"));
    }

    @FXML
    private void chooseTransactions() {
        model.chooseTransactions();
    }

    @FXML
    private void simulate() {
        model.simulate();
    }
}
