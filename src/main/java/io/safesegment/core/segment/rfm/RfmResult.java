package io.safesegment.core.segment.rfm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * RFM scores and segments.
 *
 * @param referenceDate               "today" used for recency
 * @param customers                   one entry per customer, in order of first appearance in the transactions
 * @param segments                    one summary per rule (in rule order, including empty ones) plus "other" and
 *                                    {@value RfmAnalyzer#NO_NET_SPEND} when used
 * @param frequencyCounts             {@code "orders"} (distinct order ids, when an order id is mapped) or
 *                                    {@code "lineItems"}
 * @param excludedRowsWithoutCustomer rows left out because their customer id is empty or a token such as NA
 * @param excludedRowsWithoutAmount   rows left out because their amount is missing or not a number
 * @param derivedAmount               "amount = Quantity × UnitPrice" when the amount was derived, else null
 * @param roles                       role → column used
 */
public record RfmResult(LocalDate referenceDate, List<Customer> customers, List<SegmentSummary> segments,
                        String frequencyCounts, int excludedRowsWithoutCustomer, int excludedRowsWithoutAmount,
                        String derivedAmount, Map<String, String> roles) {

    /** Copies the lists. */
    public RfmResult {
        customers = List.copyOf(customers);
        segments = List.copyOf(segments);
        roles = roles == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }

    /**
     * One customer.
     *
     * @param customerId id
     * @param recency    days since the last purchase
     * @param frequency  purchases: distinct orders or lines with a non-negative amount (see
     *                   {@link RfmResult#frequencyCounts})
     * @param monetary   net amount (purchases minus returns)
     * @param r          recency score 1–5 (5 = most recent)
     * @param f          frequency score 1–5 (5 = most frequent)
     * @param m          monetary score 1–5 (5 = highest spend)
     * @param segment    segment name; {@value RfmAnalyzer#NO_NET_SPEND} when the net amount is ≤ 0
     */
    public record Customer(String customerId, long recency, long frequency, double monetary, int r, int f, int m,
                           String segment) {
    }

    /**
     * One segment.
     *
     * @param name      segment name
     * @param customers customers in it
     * @param share     share of all customers
     * @param revenue   their total amount
     */
    public record SegmentSummary(String name, int customers, double share, double revenue) {
    }
}
