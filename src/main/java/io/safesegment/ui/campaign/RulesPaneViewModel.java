package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.rules.AssociationRule;
import io.safesegment.core.campaign.rules.BasketScope;
import io.safesegment.core.campaign.rules.RuleOptions;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Frequently bought together: FP-growth rules on the section's transactions. */
public final class RulesPaneViewModel {
    private final CampaignSection section;
    private final StringProperty minSupport = new SimpleStringProperty(this, "minSupport", "0.002");
    private final StringProperty minConfidence = new SimpleStringProperty(this, "minConfidence", "0.05");
    private final javafx.beans.property.ObjectProperty<BasketScope> scope =
            new javafx.beans.property.SimpleObjectProperty<>(this, "scope", BasketScope.AUTO);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<AssociationRule> rules = FXCollections.observableArrayList();

    RulesPaneViewModel(CampaignSection section) {
        this.section = section;
    }

    /** Asks for the transactions file. */
    public void chooseTransactions() {
        section.chooseCsv(i18n("campaign.transactions.choose")).ifPresent(section.transactions::set);
    }

    /** Mines the rules. */
    public void mine() {
        Path file = section.transactions.get();
        if (file == null) {
            section.dialogs.showError(i18n("campaign.rules.title"), new IllegalArgumentException(
                    i18n("campaign.transactions.missing")));
            return;
        }
        CampaignService.RulesRequest request = section.withUserInput(() -> new CampaignService.RulesRequest(file,
                null, new RuleOptions(CampaignSection.parseDouble(minSupport.get()),
                CampaignSection.parseDouble(minConfidence.get()), 1.0, 3), scope.get()));
        if (request != null) {
            section.start(i18n("campaign.rules.title"), progress -> CampaignService.rules(request, progress), r -> {
                rules.setAll(r.rules().subList(0, Math.min(500, r.rules().size())));
                summary.set(i18n("campaign.rules.summary", r.baskets(), r.products(), r.rules().size()));
                section.status.accept(summary.get());
            });
        }
    }

    /** What a basket is. */
    public javafx.beans.property.ObjectProperty<BasketScope> scopeProperty() {
        return scope;
    }

    /** A basket scope in the UI language. */
    public static String scopeName(BasketScope scope) {
        return switch (scope) {
            case AUTO -> i18n("campaign.rules.scope.auto");
            case ORDER -> i18n("campaign.rules.scope.order");
            case CUSTOMER_DAY -> i18n("campaign.rules.scope.day");
            case CUSTOMER -> i18n("campaign.rules.scope.customer");
        };
    }

    /** Minimum support (share of baskets). */
    public StringProperty minSupportProperty() {
        return minSupport;
    }

    /** Minimum confidence. */
    public StringProperty minConfidenceProperty() {
        return minConfidence;
    }

    /** Counts of the last run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The strongest rules (at most 500), by lift. */
    public ObservableList<AssociationRule> rules() {
        return rules;
    }

    /** The transactions file shared by the section. */
    public ReadOnlyObjectProperty<Path> transactionsProperty() {
        return section.transactions;
    }
}
