package io.safesegment.core.privacy.detect;

import io.safesegment.core.data.ColumnRole;

/** Kinds of personal data SafeSegment recognises, each with the column role it suggests and a masking token. */
public enum EntityType {
    PERSON_NAME(ColumnRole.DIRECT_IDENTIFIER),
    EMAIL(ColumnRole.DIRECT_IDENTIFIER),
    PHONE(ColumnRole.DIRECT_IDENTIFIER),
    CREDIT_CARD(ColumnRole.DIRECT_IDENTIFIER),
    IBAN(ColumnRole.DIRECT_IDENTIFIER),
    US_SSN(ColumnRole.DIRECT_IDENTIFIER),
    CN_RESIDENT_ID(ColumnRole.DIRECT_IDENTIFIER),
    PASSPORT(ColumnRole.DIRECT_IDENTIFIER),
    NATIONAL_ID(ColumnRole.DIRECT_IDENTIFIER),
    CUSTOMER_ID(ColumnRole.DIRECT_IDENTIFIER),
    IP_ADDRESS(ColumnRole.DIRECT_IDENTIFIER),
    MAC_ADDRESS(ColumnRole.DIRECT_IDENTIFIER),
    STREET_ADDRESS(ColumnRole.DIRECT_IDENTIFIER),
    URL(ColumnRole.QUASI_IDENTIFIER),
    POSTCODE(ColumnRole.QUASI_IDENTIFIER),
    DATE_OF_BIRTH(ColumnRole.QUASI_IDENTIFIER),
    AGE(ColumnRole.QUASI_IDENTIFIER),
    GENDER(ColumnRole.QUASI_IDENTIFIER),
    CITY(ColumnRole.QUASI_IDENTIFIER),
    GPS_COORDINATES(ColumnRole.QUASI_IDENTIFIER),
    INCOME(ColumnRole.SENSITIVE),
    HEALTH(ColumnRole.SENSITIVE),
    RELIGION(ColumnRole.SENSITIVE),
    ETHNICITY(ColumnRole.SENSITIVE);

    private final ColumnRole suggestedRole;

    EntityType(ColumnRole suggestedRole) {
        this.suggestedRole = suggestedRole;
    }

    /** The role a column holding this kind of value should get unless the user says otherwise. */
    public ColumnRole suggestedRole() {
        return suggestedRole;
    }

    /** The replacement token used by the "entity token" operator, e.g. {@code <EMAIL>}. */
    public String token() {
        return "<" + name() + ">";
    }
}
