package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.anomaly.AnomalyReport;
import io.safesegment.ui.common.ViewLoader;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/campaign/AnomaliesPane.fxml}. */
public final class AnomaliesPaneView {
    private final AnomaliesPaneViewModel model;

    @FXML private Label transactionsLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<AnomalyReport.FlaggedTransaction> flaggedTable;

    private AnomaliesPaneView(AnomaliesPaneViewModel model) {
        this.model = model;
    }

    /** Loads the pane. */
    public static Parent create(AnomaliesPaneViewModel model) {
        return ViewLoader.load("campaign/AnomaliesPane.fxml", new AnomaliesPaneView(model));
    }

    @FXML
    private void initialize() {
        transactionsLabel.textProperty().bind(Bindings.createStringBinding(() ->
                model.transactionsProperty().get() == null ? i18n("campaign.nofile")
                        : model.transactionsProperty().get().getFileName().toString(), model.transactionsProperty()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        Cells.column(flaggedTable, i18n("campaign.column.line"), t -> Integer.toString(t.line()));
        Cells.column(flaggedTable, i18n("campaign.column.customer"), AnomalyReport.FlaggedTransaction::customer);
        Cells.column(flaggedTable, i18n("campaign.column.time"), AnomalyReport.FlaggedTransaction::timestamp);
        Cells.column(flaggedTable, i18n("campaign.column.amount"), t -> Cells.money(t.amount()));
        Cells.column(flaggedTable, i18n("campaign.column.usual"), t -> Cells.money(t.usualAmount()));
        Cells.column(flaggedTable, i18n("campaign.column.score"), t -> String.format(Locale.ROOT, "%.2f",
                t.score()));
        Cells.column(flaggedTable, i18n("campaign.column.why"), t -> t.reasons().stream()
                .map(AnomaliesPaneViewModel::reason).collect(Collectors.joining("; ")));
        flaggedTable.setItems(model.flagged());
    }

    @FXML
    private void chooseTransactions() {
        model.chooseTransactions();
    }

    @FXML
    private void find() {
        model.find();
    }
}
