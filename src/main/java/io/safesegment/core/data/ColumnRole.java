package io.safesegment.core.data;

/**
 * The privacy role of a column, in the vocabulary of DESIGN.md §4. Roles drive the default masking policy and the
 * choice of quasi-identifiers for risk measurement.
 */
public enum ColumnRole {
    /** Identifies a person on its own: name, email, phone, national id, customer number. */
    DIRECT_IDENTIFIER,
    /** Identifies a person in combination with others: age, postcode, gender, birth date, city. */
    QUASI_IDENTIFIER,
    /** Must not be linked to a person: income, health, religion. */
    SENSITIVE,
    /** Everything else. */
    OTHER
}
