package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.anomaly.AnomalyOptions;
import io.safesegment.core.campaign.anomaly.AnomalyReport;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Odd transactions of the section's transactions file, with the reasons. */
public final class AnomaliesPaneViewModel {
    private final CampaignSection section;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<AnomalyReport.FlaggedTransaction> flagged = FXCollections.observableArrayList();

    AnomaliesPaneViewModel(CampaignSection section) {
        this.section = section;
    }

    /** Asks for the transactions file. */
    public void chooseTransactions() {
        section.chooseCsv(i18n("campaign.transactions.choose")).ifPresent(section.transactions::set);
    }

    /** Scores the transactions. */
    public void find() {
        Path file = section.transactions.get();
        if (file == null) {
            section.dialogs.showError(i18n("campaign.anomalies.title"), new IllegalArgumentException(
                    i18n("campaign.transactions.missing")));
            return;
        }
        CampaignService.AnomalyRequest request = new CampaignService.AnomalyRequest(file, null,
                new AnomalyOptions(3.5, 5, 5, 24, 200));
        section.start(i18n("campaign.anomalies.title"), progress -> CampaignService.anomalies(request, progress),
                r -> {
                    flagged.setAll(r.top());
                    summary.set(i18n("campaign.anomalies.summary", r.rows(), r.customers(), r.flagged()));
                    section.status.accept(summary.get());
                });
    }

    /** Counts of the last run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The highest-scoring flagged rows. */
    public ObservableList<AnomalyReport.FlaggedTransaction> flagged() {
        return flagged;
    }

    /** The transactions file shared by the section. */
    public ReadOnlyObjectProperty<Path> transactionsProperty() {
        return section.transactions;
    }

    /** A reason in the UI language. */
    public static String reason(AnomalyReport.Reason reason) {
        return switch (reason) {
            case AMOUNT_FAR_ABOVE_USUAL -> i18n("campaign.anomalies.reason.amount");
            case NEW_CHANNEL -> i18n("campaign.anomalies.reason.channel");
            case BURST -> i18n("campaign.anomalies.reason.burst");
        };
    }
}
