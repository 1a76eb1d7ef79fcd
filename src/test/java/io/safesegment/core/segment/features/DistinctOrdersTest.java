package io.safesegment.core.segment.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistinctOrdersTest {
    @Test
    void eachCustomerOrderPairCountsOnceAndLinesWithoutOrderIdAlways() {
        DistinctOrders orders = new DistinctOrders();
        assertTrue(orders.isNewOrder(0, "订单1"));
        assertFalse(orders.isNewOrder(0, "订单1"), "second line of the same order");
        assertTrue(orders.isNewOrder(1, "订单1"), "the same id used by another customer is that customer's order");
        assertFalse(orders.isNewOrder(1, "订单1"));
        assertFalse(orders.isNewOrder(0, "订单1"), "the owner's order is still counted once");
        assertTrue(orders.isNewOrder(0, null));
        assertTrue(orders.isNewOrder(0, null), "no order id: every line is a purchase");
    }
}
