package io.safesegment.core.segment.rfm;

import java.time.LocalDate;
import java.util.List;

/**
 * RFM scores and segments.
 *
 * @param referenceDate "today" used for recency
 * @param customers     one entry per customer, in order of first appearance in the transactions
 * @param segments      one summary per rule (in rule order, including empty ones) plus "other" when used
 */
public record RfmResult(LocalDate referenceDate, List<Customer> customers, List<SegmentSummary> segments) {

    /**
     * One customer.
     *
     * @param customerId id
     * @param recency    days since the last purchase
     * @param frequency  purchase lines
     * @param monetary   total amount
     * @param r          recency score 1–5 (5 = most recent)
     * @param f          frequency score 1–5 (5 = most frequent)
     * @param m          monetary score 1–5 (5 = highest spend)
     * @param segment    segment name
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
