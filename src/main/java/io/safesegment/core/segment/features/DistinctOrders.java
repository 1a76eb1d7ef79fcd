package io.safesegment.core.segment.features;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a purchase line starts a new order of its customer, so that segment features and RFM count
 * frequency by one rule: distinct (customer, order id) pairs, or every line when the line has no order id.
 *
 * <p>An order id nearly always belongs to one customer, so the common case stores each id once with its owner
 * instead of building a (customer, order) key per line; only ids shared by several customers fall back to pair keys.
 * Not thread-safe; one analysis uses one instance.
 */
public final class DistinctOrders {
    private final Map<String, Integer> ownerOf = new HashMap<>();
    private final Set<String> sharedPairs = new HashSet<>();

    /** True when this is the first line of {@code orderId} for {@code customer}, or {@code orderId} is null. */
    public boolean isNewOrder(int customer, String orderId) {
        if (orderId == null) {
            return true;
        }
        Integer owner = ownerOf.putIfAbsent(orderId, customer);
        if (owner == null) {
            return true;
        }
        if (owner == customer) {
            return false;
        }
        return sharedPairs.add(customer + "\u0001" + orderId);
    }
}
