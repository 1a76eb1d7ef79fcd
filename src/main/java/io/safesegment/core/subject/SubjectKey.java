package io.safesegment.core.subject;

import java.util.Locale;

/** What identifies the data subject in a request. */
public enum SubjectKey {
    /** An e-mail address, compared case-insensitively. */
    EMAIL,
    /** A phone number, compared by its digits (at least 6; with or without a country code from 9 digits on). */
    PHONE,
    /** A customer or other identifier, compared exactly (after trimming). */
    ID;

    /** The lower-case name used on the CLI and stored with the request. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a stored cell holds {@code value} (already normalised with {@link #normalise}). */
    boolean matches(String cell, String normalised) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        String c = normalise(cell);
        if (this == PHONE && !c.equals(normalised) && c.charAt(0) != '\u0000' && normalised.charAt(0) != '\u0000') {
            // the same national number with and without its country code (+86 150… vs 150…): at least 9 digits
            String shorter = c.length() < normalised.length() ? c : normalised;
            String longer = shorter == c ? normalised : c;
            return shorter.length() >= 9 && longer.endsWith(shorter);
        }
        return c.equals(normalised);
    }

    /** The comparable form of a value of this kind. */
    String normalise(String value) {
        String v = value.strip();
        return switch (this) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> {
                String digits = v.replaceAll("\\D", "");
                yield digits.length() >= 6 ? digits : "\u0000" + v; // short digit runs never match a phone
            }
            case ID -> v;
        };
    }
}
