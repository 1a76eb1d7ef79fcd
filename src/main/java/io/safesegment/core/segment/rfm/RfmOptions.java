package io.safesegment.core.segment.rfm;

import java.time.LocalDate;
import java.util.List;

/**
 * RFM settings.
 *
 * @param referenceDate "today" for recency; {@code null} = the latest transaction date
 * @param rules         segment naming rules, first match wins; customers matching none are "other"
 * @param idColumn      customer id column of the transactions
 */
public record RfmOptions(LocalDate referenceDate, List<RfmSegmentRule> rules, String idColumn) {

    /** Validates and copies. */
    public RfmOptions {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("RFM needs at least one segment rule");
        }
        if (idColumn == null || idColumn.isBlank()) {
            throw new IllegalArgumentException("idColumn is required");
        }
    }

    /** Default rules, reference date from the data, {@code customer_id}. */
    public static RfmOptions defaults() {
        return new RfmOptions(null, RfmSegmentRule.defaults(), "customer_id");
    }

    /** A copy with a fixed reference date. */
    public RfmOptions withReferenceDate(LocalDate date) {
        return new RfmOptions(date, rules, idColumn);
    }
}
