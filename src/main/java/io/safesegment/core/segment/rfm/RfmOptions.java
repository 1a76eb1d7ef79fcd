package io.safesegment.core.segment.rfm;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.RoleMapping;
import java.time.LocalDate;
import java.util.List;

/**
 * RFM settings.
 *
 * @param referenceDate "today" for recency; {@code null} = the latest transaction date
 * @param rules         segment naming rules, first match wins; customers matching none are "other"
 * @param roles         the user's role mapping of the transactions (customer_id, timestamp, amount or quantity and
 *                      unit_price, optional order_id); roles it leaves out are suggested from the table
 */
public record RfmOptions(LocalDate referenceDate, List<RfmSegmentRule> rules, RoleMapping roles) {

    /** Validates and copies. */
    public RfmOptions {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("rfm.error.noRules"));
        }
        roles = roles == null ? RoleMapping.empty() : roles;
    }

    /** Default rules, reference date from the data, suggested roles. */
    public static RfmOptions defaults() {
        return new RfmOptions(null, RfmSegmentRule.defaults(), RoleMapping.empty());
    }

    /** A copy with a fixed reference date. */
    public RfmOptions withReferenceDate(LocalDate date) {
        return new RfmOptions(date, rules, roles);
    }

    /** A copy with the user's role mapping. */
    public RfmOptions withRoles(RoleMapping newRoles) {
        return new RfmOptions(referenceDate, rules, newRoles);
    }
}
