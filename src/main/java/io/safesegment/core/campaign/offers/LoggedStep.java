package io.safesegment.core.campaign.offers;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * One logged decision of a deployed (behaviour) policy.
 *
 * @param state      the state index ({@link ResponseModel#STATE_NAMES})
 * @param offer      the offer index sent
 * @param propensity probability with which the behaviour policy sent it (&gt; 0)
 * @param reward     the reward observed
 */
public record LoggedStep(int state, int offer, double propensity, double reward) {
    /** Validates. */
    public LoggedStep {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.propensity"));
        }
    }
}
