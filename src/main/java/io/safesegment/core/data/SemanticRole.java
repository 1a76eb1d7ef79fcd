package io.safesegment.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column <em>means</em> to the marketing features (segments, RFM, recommendations, value), independent of
 * what it is called in the user's file. Downstream code asks a {@link RoleMapping} for the column of a role and never
 * reads a fixed column name. The privacy meaning of a column is a separate {@link ColumnRole}.
 *
 * <p>{@link #cliName()} is the name used by {@code --map role=column} on the command line and in recipes; it is a
 * contract and must not change.
 */
public enum SemanticRole {
    /** Identifies the customer a row belongs to (may be a keyed pseudonym). */
    CUSTOMER_ID("customer_id"),
    /** Identifies an order / invoice; several line items share it. */
    ORDER_ID("order_id"),
    /** When the purchase (or event) happened. */
    TIMESTAMP("timestamp"),
    /** Money of the row (line total). Derived from quantity × unit price when only those are mapped. */
    AMOUNT("amount"),
    /** Number of units on the line; negative for returns. */
    QUANTITY("quantity"),
    /** Price of one unit. */
    UNIT_PRICE("unit_price"),
    /** Identifies a product. */
    PRODUCT_ID("product_id"),
    /** Human-readable product name or description. */
    PRODUCT_NAME("product_name"),
    /** Product category. */
    CATEGORY("category"),
    /** An explicit rating given by a customer to a product. */
    RATING("rating"),
    /** A segment / group label already assigned to a customer. */
    SEGMENT("segment"),
    /** Date of birth. */
    BIRTH_DATE("birth_date"),
    /** Date the customer signed up / first became a customer. */
    SIGNUP_DATE("signup_date"),
    /** Sales channel of a purchase (web, store, app, …); feeds the {@code channel_shares} features. */
    CHANNEL("channel"),
    /** A numeric attribute usable as a clustering feature. */
    FEATURE("feature");

    private final String cliName;

    SemanticRole(String cliName) {
        this.cliName = cliName;
    }

    /** The stable lower-case name used by {@code --map}, recipes and JSON output. */
    public String cliName() {
        return cliName;
    }

    /** The role called {@code name} ({@code customer_id}, {@code CUSTOMER_ID} or {@code customer-id}). */
    public static Optional<SemanticRole> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.cliName.equals(n)).findFirst();
    }
}
