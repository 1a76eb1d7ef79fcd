package io.safesegment.core.campaign.rules;

/** What one basket is when mining frequently-bought-together rules. */
public enum BasketScope {
    /** Orders when an order id groups rows, else customer-days. */
    AUTO,
    /** Rows sharing an {@code order_id}. */
    ORDER,
    /** One customer's purchases on one calendar day. */
    CUSTOMER_DAY,
    /** Everything one customer ever bought ("customers who bought X also bought Y"). */
    CUSTOMER
}
