package io.safesegment.core.campaign.design;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * What a marketer decides before a campaign runs.
 *
 * @param offers       the offers (one arm each), e.g. {@code 10%-coupon}, {@code free-shipping}; names are written to
 *                     the assignment list and matched in the results file's {@code arm} column
 * @param channel      the channel the offers go out on (e-mail, app push, …), recorded in the assignment list
 * @param controlShare share of the target held out as control (no offer), 0 ≤ share &lt; 1
 * @param seed         seed of the random split (recorded in the result and shown in the UI)
 */
public record CampaignDesign(List<String> offers, String channel, double controlShare, long seed) {
    /** Name of the hold-out arm in the assignment list and, by default, in the analysis. */
    public static final String CONTROL = "control";

    /** Validates. */
    public CampaignDesign {
        offers = List.copyOf(Objects.requireNonNull(offers, "offers"));
        if (offers.isEmpty() || offers.stream().anyMatch(o -> o.isBlank() || o.equalsIgnoreCase(CONTROL))
                || offers.stream().distinct().count() != offers.size()) {
            throw new CampaignException(Message.of("campaign.error.offers"));
        }
        if (!(controlShare >= 0 && controlShare < 1)) {
            throw new CampaignException(Message.of("campaign.error.controlShare"));
        }
        channel = channel == null || channel.isBlank() ? "unspecified" : channel.trim();
    }
}
