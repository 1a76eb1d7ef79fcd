package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The tables a feature matrix is built from, each with the semantic roles of its columns.
 *
 * @param customers        one row per customer (duplicates of an id are dropped, first kept)
 * @param transactions     one row per purchase line, or {@code null} for customer attributes only
 * @param products         product catalogue (product id and category roles), or {@code null}
 * @param customerRoles    roles of the customers table; {@code null} = suggested from its names and values
 * @param transactionRoles roles of the transactions table; {@code null} = suggested
 * @param productRoles     roles of the products table; {@code null} = suggested
 */
public record CustomerData(Table customers, Table transactions, Table products, RoleMapping customerRoles,
                           RoleMapping transactionRoles, RoleMapping productRoles) {
    /** Requires the customers table and fills in suggested roles. */
    public CustomerData {
        Objects.requireNonNull(customers, "customers");
        customerRoles = customerRoles != null ? customerRoles : RoleSuggester.suggest(customers).mapping();
        transactionRoles = transactions == null ? RoleMapping.empty()
                : transactionRoles != null ? transactionRoles : RoleSuggester.suggest(transactions).mapping();
        productRoles = products == null ? RoleMapping.empty()
                : productRoles != null ? productRoles : RoleSuggester.suggest(products).mapping();
    }

    /** The tables with suggested roles. */
    public CustomerData(Table customers, Table transactions, Table products) {
        this(customers, transactions, products, null, null, null);
    }

    /**
     * The tables with suggested roles, overridden by {@code overrides} in every table that has the override's column
     * (one {@code --map} serves customers, transactions and products alike).
     *
     * @throws IllegalArgumentException when an override names a column that none of the tables has
     */
    public static CustomerData withRoles(Table customers, Table transactions, Table products, RoleMapping overrides) {
        List<Table> tables = new ArrayList<>();
        tables.add(customers);
        if (transactions != null) {
            tables.add(transactions);
        }
        if (products != null) {
            tables.add(products);
        }
        overrides.asMap().forEach((role, column) -> {
            if (tables.stream().noneMatch(t -> t.containsColumn(column))) {
                throw new LocalizedArgumentException(Message.of("segment.error.mapColumn", role.cliName(), column,
                        String.valueOf(tables.stream().flatMap(t -> t.columnNames().stream()).distinct().toList())));
            }
        });
        return new CustomerData(customers, transactions, products,
                RoleSuggester.resolve(customers, overrides.restrictedTo(customers)),
                transactions == null ? null : RoleSuggester.resolve(transactions, overrides.restrictedTo(transactions)),
                products == null ? null : RoleSuggester.resolve(products, overrides.restrictedTo(products)));
    }

    /** The derived amount of the transactions (quantity × unit price), when their roles imply one. */
    public Optional<AmountDerivation> amountDerivation() {
        return transactions == null ? Optional.empty() : AmountDerivation.of(transactionRoles);
    }
}
