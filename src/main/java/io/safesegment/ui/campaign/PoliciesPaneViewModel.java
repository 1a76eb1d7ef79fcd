package io.safesegment.ui.campaign;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.offers.Offer;
import io.safesegment.core.campaign.offers.SimulationOptions;
import io.safesegment.core.campaign.offers.SimulationResult;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Offer policies that learn: simulator (calibrated from the section's transactions) → learning curves. */
public final class PoliciesPaneViewModel {
    private final CampaignSection section;
    private final StringProperty offers = new SimpleStringProperty(this, "offers",
            "reminder:0,coupon-5:0.05,coupon-10:0.10,coupon-20:0.20");
    private final StringProperty episodes = new SimpleStringProperty(this, "episodes", "3000");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    PoliciesPaneViewModel(CampaignSection section) {
        this.section = section;
    }

    /** Asks for the transactions the simulator is calibrated from. */
    public void chooseTransactions() {
        section.chooseCsv(i18n("campaign.transactions.choose")).ifPresent(section.transactions::set);
    }

    /** Runs every policy on the simulator. */
    public void simulate() {
        CampaignService.SimulationRequest request = section.withUserInput(() ->
                new CampaignService.SimulationRequest(section.transactions.get(), null,
                        Arrays.stream(offers.get().split(",")).map(Offer::parse).toList(), 0.35,
                        new SimulationOptions((int) CampaignSection.parseLong(episodes.get()), 8, 30, 0.1, 0.1, 0.9,
                                CampaignSection.parseLong(seed.get())), null, 0, 0.3));
        if (request != null) {
            section.start(i18n("campaign.policies.title"), progress -> CampaignService.simulate(request, progress),
                    r -> {
                        result.set(r);
                        section.status.accept(i18n("campaign.policies.done", r.options().episodes(),
                                r.options().seed()));
                    });
        }
    }

    /** Offers as {@code name:discount}, comma-separated. */
    public StringProperty offersProperty() {
        return offers;
    }

    /** Episodes (simulated customers). */
    public StringProperty episodesProperty() {
        return episodes;
    }

    /** Seed (shown, recorded in the result). */
    public StringProperty seedProperty() {
        return seed;
    }

    /** The last simulation, or null. */
    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The transactions file shared by the section. */
    public ReadOnlyObjectProperty<java.nio.file.Path> transactionsProperty() {
        return section.transactions;
    }
}
