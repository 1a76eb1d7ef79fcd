package io.safesegment.core.segment.features;

import java.util.Map;

/**
 * What the feature builder did to the data, for the user to see.
 *
 * @param customersRead          customer rows in the input
 * @param duplicateIdsDropped    rows dropped because their id was seen before
 * @param missingPerFeature      missing numeric values per selected feature (before imputation or dropping)
 * @param imputedValues          values replaced by the column mean
 * @param rowsDropped            rows left out because of missing values
 * @param unmatchedTransactions  transaction lines whose customer id is not in the customers table
 * @param excludedRowsWithoutCustomer customer rows left out because their id is empty or a missing token (NA, null)
 * @param excludedTransactionsWithoutCustomer transaction lines left out for the same reason (not "unmatched")
 * @param transactionsWithoutAmount transaction lines whose amount is missing or not a number: excluded from the
 *                               aggregates (no purchase, no spend, never 0.00 silently), the rule RFM applies too
 * @param derivedAmount          how the amount was derived ("amount = Quantity × UnitPrice"), or null
 * @param roles                  role → column of the customers and transactions tables, for the record
 * @param frequencyCounts        what {@code order_count} counts: {@value #ORDERS} (distinct order ids, when an order
 *                               id is mapped) or {@value #LINE_ITEMS}; null without transactions
 */
public record FeatureReport(int customersRead, int duplicateIdsDropped, Map<String, Integer> missingPerFeature,
                            int imputedValues, int rowsDropped, int unmatchedTransactions,
                            int excludedRowsWithoutCustomer, int excludedTransactionsWithoutCustomer,
                            int transactionsWithoutAmount, String derivedAmount, Map<String, String> roles,
                            String frequencyCounts) {
    /** {@link #frequencyCounts()} when an order id is mapped: distinct orders (same word as RFM). */
    public static final String ORDERS = "orders";
    /** {@link #frequencyCounts()} without an order id: purchase lines. */
    public static final String LINE_ITEMS = "lineItems";

    /** Copies the maps. */
    public FeatureReport {
        missingPerFeature = Map.copyOf(missingPerFeature);
        roles = roles == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }

    /** A report of a build without exclusions, derivations or recorded roles. */
    public FeatureReport(int customersRead, int duplicateIdsDropped, Map<String, Integer> missingPerFeature,
                         int imputedValues, int rowsDropped, int unmatchedTransactions) {
        this(customersRead, duplicateIdsDropped, missingPerFeature, imputedValues, rowsDropped, unmatchedTransactions,
                0, 0, 0, null, Map.of(), null);
    }
}
