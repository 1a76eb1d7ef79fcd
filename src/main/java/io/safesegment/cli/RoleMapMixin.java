package io.safesegment.cli;

import io.safesegment.core.data.RoleMapping;
import picocli.CommandLine.Option;

/**
 * {@code --map role=column[,role=column…]}, shared by every command that reads customers, transactions, products or
 * ratings. Roles left out are suggested from the files' column names and values.
 */
final class RoleMapMixin {
    @Option(names = "--map", paramLabel = "ROLE=COLUMN[,...]",
            description = {"Which column plays which role, e.g. --map customer_id=CustomerID,timestamp=InvoiceDate.",
                    "Roles: customer_id, order_id, timestamp, amount, quantity, unit_price, product_id, product_name,",
                    "category, rating, segment, birth_date, signup_date, channel. Unmapped roles are suggested from",
                    "the column names and values; amount = quantity x unit_price when only those are mapped."})
    String map;

    /** The parsed mapping (empty when {@code --map} is not given). */
    RoleMapping roles() {
        return RoleMapping.parse(map);
    }
}
