package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns the policy editor's one-line parameter text ({@code keepFirst=1, keepEmailDomain=true, edges=[0, 18, 65]})
 * into rule parameters and back. Whole numbers become integers, other numbers doubles, {@code true}/{@code false}
 * booleans, {@code [..]} lists of numbers; everything else stays text. Whether a parameter suits the operator is
 * the core's {@code OperatorFactory}'s job.
 */
final class RuleParams {
    private RuleParams() {
    }

    /**
     * Parses {@code text}; blank text means no parameters.
     *
     * @throws IllegalArgumentException with a translated message naming the offending part
     */
    static Map<String, Object> parse(String text) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return params;
        }
        for (String part : splitTopLevel(text)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(i18n("privacy.params.error.form", part.strip()));
            }
            String name = part.substring(0, eq).strip();
            if (params.containsKey(name)) {
                throw new IllegalArgumentException(i18n("privacy.params.error.twice", name));
            }
            params.put(name, value(name, part.substring(eq + 1).strip()));
        }
        return params;
    }

    /** The editor text for {@code params}, which {@link #parse(String)} reads back to an equal map. */
    static String format(Map<String, Object> params) {
        StringJoiner joiner = new StringJoiner(", ");
        params.forEach((name, value) -> joiner.add(name + "=" + formatValue(value)));
        return joiner.toString();
    }

    private static String formatValue(Object value) {
        if (value instanceof List<?> list) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            list.forEach(item -> items.add(formatValue(item)));
            return items.toString();
        }
        String text = String.valueOf(value);
        // Text with a separator (a hierarchy rule's group "a=f@1;b=g@0") is quoted so it reads back whole.
        return value instanceof String && text.matches("(?s).*[,;\\[\\]\"].*")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static Object value(String name, String raw) {
        if (raw.startsWith("[")) {
            if (!raw.endsWith("]")) {
                throw new IllegalArgumentException(i18n("privacy.params.error.list", name));
            }
            List<Object> items = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    Object v = scalar(item.strip());
                    if (!(v instanceof Number n)) {
                        throw new IllegalArgumentException(i18n("privacy.params.error.list", name));
                    }
                    items.add(n.doubleValue());
                }
            }
            return items;
        }
        return scalar(raw);
    }

    private static Object scalar(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.parseBoolean(lower);
        }
        if (raw.matches("[-+]?\\d{1,9}")) {
            return Integer.parseInt(raw);
        }
        if (raw.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.parseDouble(raw);
        }
        return raw;
    }

    /** Splits on commas (and semicolons) that are not inside brackets or double quotes. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside toggles twice: still quoted
            } else if (quoted) {
                continue;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
