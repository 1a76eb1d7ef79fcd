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
 */
public record FeatureReport(int customersRead, int duplicateIdsDropped, Map<String, Integer> missingPerFeature,
                            int imputedValues, int rowsDropped, int unmatchedTransactions) {
    /** Copies the map. */
    public FeatureReport {
        missingPerFeature = Map.copyOf(missingPerFeature);
    }
}
