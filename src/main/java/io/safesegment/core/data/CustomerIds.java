package io.safesegment.core.data;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a customer id cell is really an id. Exports from spreadsheets and pandas write missing ids as
 * {@code NA}, {@code null} or {@code NaN}; grouping those as one customer would invent a "customer" made of every
 * anonymous purchase, so downstream code excludes such rows and counts them.
 */
public final class CustomerIds {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "-", "#n/a", "nil");
    private static final int LONGEST_TOKEN = MISSING.stream().mapToInt(String::length).max().orElse(0);

    private CustomerIds() {
    }

    /** True when {@code id} is null, blank or a missing-value token (case-insensitive). */
    public static boolean isMissing(String id) {
        if (id == null) {
            return true;
        }
        int n = id.length();
        // most ids are longer than any token and untrimmed: decided without the two copies trim/lower-case make
        if (n > LONGEST_TOKEN && id.charAt(0) > ' ' && id.charAt(n - 1) > ' ') {
            return false;
        }
        return MISSING.contains(id.trim().toLowerCase(Locale.ROOT));
    }

    /** The trimmed id, or null when it {@linkplain #isMissing is missing}. */
    public static String orNull(String id) {
        return isMissing(id) ? null : id.trim();
    }
}
