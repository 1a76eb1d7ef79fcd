package io.safesegment.core.campaign.offers;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * An offer a policy can send: a name and the discount it gives on the purchase it triggers (0 = a plain reminder).
 *
 * @param name     shown in curves and logs
 * @param discount share of the order value given away, 0 ≤ d &lt; 1
 */
public record Offer(String name, double discount) {
    /** Validates. */
    public Offer {
        if (name == null || name.isBlank() || !(discount >= 0 && discount < 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.offer"));
        }
    }

    /** Parses {@code name:discount}, e.g. {@code coupon-10:0.10}; a bare name is a 0 discount. */
    public static Offer parse(String text) {
        int colon = text.lastIndexOf(':');
        return colon < 0 ? new Offer(text.trim(), 0)
                : new Offer(text.substring(0, colon).trim(), Double.parseDouble(text.substring(colon + 1).trim()));
    }
}
