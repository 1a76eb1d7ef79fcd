package io.safesegment.core.value;

/**
 * One customer's value figures.
 *
 * @param customerId         the id as it is in the data (masked where the data is masked)
 * @param frequency          repeat purchase periods
 * @param recency            periods from first to last purchase
 * @param age                periods from first purchase to the end of observation (T)
 * @param monetary           mean spend of repeat purchases (NaN without an amount)
 * @param probabilityAlive   BG/NBD P(alive)
 * @param expectedPurchases  expected purchases in the next horizon periods
 * @param expectedSpend      expected spend per purchase (see {@link SpendModel}; NaN without an amount)
 * @param clv                discounted value over the CLV months (NaN without an amount)
 * @param daysInactive       days since the last purchase
 * @param lapsed             whether the churn rule marks the customer lapsed
 */
public record CustomerValue(String customerId, double frequency, double recency, double age, double monetary,
                            double probabilityAlive, double expectedPurchases, double expectedSpend, double clv,
                            double daysInactive, boolean lapsed) {
}
