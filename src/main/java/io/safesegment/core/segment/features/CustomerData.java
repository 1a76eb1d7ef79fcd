package io.safesegment.core.segment.features;

import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * The tables a feature matrix is built from.
 *
 * @param customers    one row per customer (duplicates of an id are dropped, first kept)
 * @param transactions one row per purchase line, or {@code null} for customer attributes only
 * @param products     product catalogue with a {@code category} column, or {@code null}
 */
public record CustomerData(Table customers, Table transactions, Table products) {
    /** Requires the customers table. */
    public CustomerData {
        Objects.requireNonNull(customers, "customers");
    }
}
