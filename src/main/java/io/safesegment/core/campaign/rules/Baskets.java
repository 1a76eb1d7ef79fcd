package io.safesegment.core.campaign.rules;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Orders as sets of products, read by role: rows sharing an {@code order_id} form one basket; without an order id,
 * the products one customer bought on one calendar day do (the {@code timestamp} role). An "order id" that never
 * groups two rows is a line id (the suggester maps {@code transaction_id} to it), so then customer-days are used too
 * when those roles exist. A product bought twice in
 * a basket counts once. Rows without a product or basket key are skipped and counted.
 *
 * @param items    product ids, index = item number used in {@code baskets}
 * @param baskets  each basket's distinct item numbers, ascending
 * @param basketKey how baskets were formed: {@code order_id} or {@code customer_id+day}
 * @param skippedRows rows without a product or basket key
 */
public record Baskets(List<String> items, List<int[]> baskets, String basketKey, int skippedRows) {
    /** {@link #basketKey()} when an order id is mapped. */
    public static final String BY_ORDER = "order_id";
    /** {@link #basketKey()} for customer-days. */
    public static final String BY_CUSTOMER_DAY = "customer_id+day";
    /** {@link #basketKey()} for whole customer histories. */
    public static final String BY_CUSTOMER = "customer_id";

    /** Builds baskets from a transactions table. */
    public static Baskets of(Table transactions, RoleMapping overrides, String source) {
        return of(transactions, overrides, source, BasketScope.AUTO);
    }

    /** Builds baskets of the given scope ({@link BasketScope#AUTO}: as described above). */
    public static Baskets of(Table transactions, RoleMapping overrides, String source, BasketScope scope) {
        RoleMapping roles = RoleSuggester.resolve(transactions, overrides);
        if (scope == BasketScope.CUSTOMER_DAY || scope == BasketScope.CUSTOMER) {
            return of(transactions, roles, source, false, scope == BasketScope.CUSTOMER);
        }
        Baskets baskets = of(transactions, roles, source, true, false);
        if (scope == BasketScope.ORDER) {
            if (!baskets.basketKey().equals(BY_ORDER)) {
                throw new CampaignException(Message.of("campaign.error.basketRoles", source,
                        Message.literal(SemanticRole.ORDER_ID.cliName())));
            }
            return baskets;
        }
        if (baskets.basketKey().equals(BY_ORDER) && baskets.baskets().stream().allMatch(b -> b.length == 1)
                && ColumnValues.optional(transactions, roles, SemanticRole.CUSTOMER_ID) != null
                && ColumnValues.optional(transactions, roles, SemanticRole.TIMESTAMP) != null) {
            return of(transactions, roles, source, false, false);
        }
        return baskets;
    }

    private static Baskets of(Table transactions, RoleMapping roles, String source, boolean useOrder,
                              boolean wholeCustomer) {
        Message what = Message.literal(source);
        Column<?> product;
        Column<?> order = useOrder ? ColumnValues.optional(transactions, roles, SemanticRole.ORDER_ID) : null;
        Column<?> customer = null;
        Column<?> time = null;
        try {
            product = ColumnValues.require(transactions, roles, SemanticRole.PRODUCT_ID, what);
            if (order == null) {
                customer = ColumnValues.require(transactions, roles, SemanticRole.CUSTOMER_ID, what);
                time = wholeCustomer ? null : ColumnValues.require(transactions, roles, SemanticRole.TIMESTAMP, what);
            }
        } catch (RuntimeException e) {
            throw new CampaignException(Message.of("campaign.error.basketRoles", source,
                    io.safesegment.core.i18n.LocalizedMessage.of(e)));
        }
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        Map<String, Set<Integer>> byKey = new LinkedHashMap<>();
        int skipped = 0;
        for (int row = 0; row < transactions.rowCount(); row++) {
            String item = ColumnValues.text(product, row);
            String key;
            if (order != null) {
                key = ColumnValues.text(order, row);
            } else {
                String c = ColumnValues.customerId(customer, row);
                LocalDate day = wholeCustomer ? LocalDate.MIN : ColumnValues.date(time, row);
                key = c == null || day == null ? null : c + '\u0000' + day;
            }
            if (item == null || key == null) {
                skipped++;
                continue;
            }
            int index = itemIndex.computeIfAbsent(item, k -> itemIndex.size());
            byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(index);
        }
        List<int[]> baskets = new ArrayList<>(byKey.size());
        byKey.values().forEach(set -> baskets.add(set.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new Baskets(List.copyOf(itemIndex.keySet()), List.copyOf(baskets), order != null ? BY_ORDER
                : wholeCustomer ? BY_CUSTOMER : BY_CUSTOMER_DAY, skipped);
    }
}
