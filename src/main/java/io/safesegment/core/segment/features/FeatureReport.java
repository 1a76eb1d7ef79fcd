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
 * @param transactionsWithoutAmount transaction lines whose amount is missing or NaN: counted as purchases, but not
 *                               added to the spend (never as 0.00 silently: this count shows them)
 * @param derivedAmount          how the amount was derived ("amount = Quantity × UnitPrice"), or null
 * @param roles                  role → column of the customers and transactions tables, for the record
 */
public record FeatureReport(int customersRead, int duplicateIdsDropped, Map<String, Integer> missingPerFeature,
                            int imputedValues, int rowsDropped, int unmatchedTransactions,
                            int excludedRowsWithoutCustomer, int excludedTransactionsWithoutCustomer,
                            int transactionsWithoutAmount, String derivedAmount, Map<String, String> roles) {
    /** Copies the maps. */
    public FeatureReport {
        missingPerFeature = Map.copyOf(missingPerFeature);
        roles = roles == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    }

    /** A report of a build without exclusions, derivations or recorded roles. */
    public FeatureReport(int customersRead, int duplicateIdsDropped, Map<String, Integer> missingPerFeature,
                         int imputedValues, int rowsDropped, int unmatchedTransactions) {
        this(customersRead, duplicateIdsDropped, missingPerFeature, imputedValues, rowsDropped, unmatchedTransactions,
                0, 0, 0, null, Map.of());
    }
}
