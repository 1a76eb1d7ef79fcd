package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which columns of a summary table hold the customer id, frequency, recency, T and monetary value. Unmapped roles
 * default to a column of the same name (case-insensitive; {@code monetary} also matches lifetimes'
 * {@code monetary_value}).
 *
 * @param columns role → column; roles are {@value #ROLES}
 */
public record SummaryColumns(Map<String, String> columns) {
    /** The summary roles. */
    public static final String ROLES = "customer_id, frequency, recency, T, monetary";

    /** Validates the role names and copies. */
    public SummaryColumns {
        Map<String, String> copy = new LinkedHashMap<>();
        (columns == null ? Map.<String, String>of() : columns).forEach((role, column) -> {
            String r = canonical(role);
            if (r == null) {
                throw new LocalizedArgumentException(Message.of("value.error.summaryRole", role, ROLES));
            }
            copy.put(r, column);
        });
        columns = Map.copyOf(copy);
    }

    /** Parses {@code role=column[,…]} (null or blank = all defaults). */
    public static SummaryColumns parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new LocalizedArgumentException(Message.of("value.error.summaryRole", part.trim(), ROLES));
                }
                map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return new SummaryColumns(map);
    }

    /** The column mapped to {@code role}, or null (then the default name is looked up). */
    public String column(String role) {
        return columns.get(role);
    }

    private static String canonical(String role) {
        String r = role == null ? "" : role.trim();
        for (String known : new String[] {"customer_id", "frequency", "recency", "T", "monetary"}) {
            if (known.equalsIgnoreCase(r)) {
                return known;
            }
        }
        return r.toLowerCase(Locale.ROOT).equals("monetary_value") ? "monetary" : null;
    }
}
