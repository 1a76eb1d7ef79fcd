package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a column's type from sample values. Inference is conservative: a type is chosen only when every non-missing
 * sample value parses losslessly; the importer downgrades a column to a wider type when a later value does not fit.
 */
public final class TypeInference {
    private static final Pattern IDENTIFIER_NAME = Pattern.compile(
            ".*(phone|mobile|tel|fax|national.?id|id.?number|id.?card|ssn|passport|post.?code|postal|zip|iban|account"
                    + "|^id$|_id$).*");
    private static final Pattern TIME_NAME = Pattern.compile(".*(time|date|_at$|^ts$|_ts$|timestamp).*");
    private static final int MAX_CATEGORIES = 50;

    private TypeInference() {
    }

    /**
     * Infers the spec of column {@code name} from {@code values}.
     *
     * @param missing          tokens that count as missing (ignored for inference)
     * @param decimalSeparator {@code .} or {@code ,}
     */
    public static ColumnSpec infer(String name, List<String> values, Set<String> missing, char decimalSeparator) {
        List<String> present = values.stream().filter(v -> v != null && !missing.contains(v)).toList();
        if (present.isEmpty()) {
            return new ColumnSpec(name, ColumnType.TEXT, null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean identifier = IDENTIFIER_NAME.matcher(lower).matches();
        if (identifier && present.stream().anyMatch(v -> v.startsWith("+") || (v.length() > 1 && v.startsWith("0")))) {
            return new ColumnSpec(name, ColumnType.TEXT, null);
        }
        if (present.stream().allMatch(v -> ValueParsers.parseBoolean(v) >= 0)) {
            return new ColumnSpec(name, ColumnType.BOOLEAN, null);
        }
        if (present.stream().allMatch(v -> ValueParsers.parseInteger(v) != ValueParsers.NOT_AN_INTEGER)) {
            if (TIME_NAME.matcher(lower).matches() && present.stream().allMatch(v -> v.length() >= 12 && v.length() <= 13)
                    && present.stream().allMatch(v -> ValueParsers.dateTimeParser(ValueParsers.EPOCH_MILLIS).parse(v)
                    != ValueParsers.NOT_A_DATE_TIME)) {
                return new ColumnSpec(name, ColumnType.DATE_TIME, ValueParsers.EPOCH_MILLIS);
            }
            return new ColumnSpec(name, ColumnType.INTEGER, null);
        }
        if (present.stream().allMatch(v -> !Double.isNaN(ValueParsers.parseDecimal(v, decimalSeparator)))) {
            return new ColumnSpec(name, ColumnType.DECIMAL, null);
        }
        for (String pattern : ValueParsers.DATE_PATTERNS) {
            ValueParsers.DateParser p = ValueParsers.dateParser(pattern);
            if (present.stream().allMatch(v -> p.parse(v) != ValueParsers.NOT_A_DATE)) {
                return new ColumnSpec(name, ColumnType.DATE, pattern);
            }
        }
        for (String pattern : ValueParsers.DATE_TIME_PATTERNS) {
            ValueParsers.DateTimeParser p = ValueParsers.dateTimeParser(pattern);
            if (present.stream().allMatch(v -> p.parse(v) != ValueParsers.NOT_A_DATE_TIME)) {
                return new ColumnSpec(name, ColumnType.DATE_TIME, pattern);
            }
        }
        Set<String> distinct = new HashSet<>();
        for (String v : present) {
            distinct.add(v);
            if (distinct.size() > MAX_CATEGORIES) {
                break;
            }
        }
        boolean category = !identifier && distinct.size() <= MAX_CATEGORIES && distinct.size() * 2 <= present.size();
        return new ColumnSpec(name, category ? ColumnType.CATEGORY : ColumnType.TEXT, null);
    }

    /**
     * The first pattern that parses every value as {@code type}, or null; used when the user declares a date type.
     */
    public static String findPattern(ColumnType type, List<String> present) {
        if (type == ColumnType.DATE) {
            for (String pattern : ValueParsers.DATE_PATTERNS) {
                ValueParsers.DateParser p = ValueParsers.dateParser(pattern);
                if (present.stream().allMatch(v -> p.parse(v) != ValueParsers.NOT_A_DATE)) {
                    return pattern;
                }
            }
        } else if (type == ColumnType.DATE_TIME) {
            for (String pattern : ValueParsers.DATE_TIME_PATTERNS) {
                ValueParsers.DateTimeParser p = ValueParsers.dateTimeParser(pattern);
                if (present.stream().allMatch(v -> p.parse(v) != ValueParsers.NOT_A_DATE_TIME)) {
                    return pattern;
                }
            }
            ValueParsers.DateTimeParser epoch = ValueParsers.dateTimeParser(ValueParsers.EPOCH_MILLIS);
            if (present.stream().allMatch(v -> epoch.parse(v) != ValueParsers.NOT_A_DATE_TIME)) {
                return ValueParsers.EPOCH_MILLIS;
            }
        }
        return null;
    }

    /**
     * The pattern that parses the most of {@code values} as {@code type} (DATE or DATE_TIME), or null when none
     * parses any; for cleaning messy columns where some values are wrong.
     */
    public static String bestPattern(ColumnType type, List<String> values) {
        List<String> candidates = type == ColumnType.DATE ? ValueParsers.DATE_PATTERNS
                : java.util.stream.Stream.concat(ValueParsers.DATE_TIME_PATTERNS.stream(),
                java.util.stream.Stream.of(ValueParsers.EPOCH_MILLIS)).toList();
        String best = null;
        long bestCount = 0;
        for (String pattern : candidates) {
            long count;
            if (type == ColumnType.DATE) {
                ValueParsers.DateParser p = ValueParsers.dateParser(pattern);
                count = values.stream().filter(v -> p.parse(v) != ValueParsers.NOT_A_DATE).count();
            } else {
                ValueParsers.DateTimeParser p = ValueParsers.dateTimeParser(pattern);
                count = values.stream().filter(v -> p.parse(v) != ValueParsers.NOT_A_DATE_TIME).count();
            }
            if (count > bestCount) {
                best = pattern;
                bestCount = count;
            }
        }
        return best;
    }
}
