package io.safesegment.core.data.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Parsers from cell text to primitive values, written so that a successful parse never loses information: numbers
 * with leading zeros or a leading {@code +} (postcodes, phone numbers) and integers beyond 18 digits are refused, so
 * such columns stay text.
 */
public final class ValueParsers {
    /** Pattern name for integer milliseconds since 1970-01-01T00:00Z. */
    public static final String EPOCH_MILLIS = "epoch-millis";
    /** Pattern name for ISO-8601 date-times, with optional seconds, fraction and offset. */
    public static final String ISO = "ISO-8601";
    /** Returned by {@link #parseInteger} for text that is not an integer. */
    public static final long NOT_AN_INTEGER = Long.MIN_VALUE;
    /** Returned by the date parsers for text that is not a date. */
    public static final int NOT_A_DATE = Integer.MIN_VALUE;
    /** Returned by the date-time parsers for text that is not a date-time. */
    public static final long NOT_A_DATE_TIME = Long.MIN_VALUE;

    /** Date formats tried in order during inference. */
    public static final List<String> DATE_PATTERNS =
            List.of("yyyy-MM-dd", "yyyy/M/d", "dd.MM.yyyy", "d.M.yyyy", "M/d/yyyy", "d/M/yyyy", "yyyy.M.d");
    /** Date-time formats tried in order during inference (epoch millis only for time-like column names). */
    public static final List<String> DATE_TIME_PATTERNS = List.of(ISO, "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
            "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "M/d/yyyy H:mm:ss",
            "M/d/yyyy H:mm", "yyyy-MM-dd HH:mm:ss.SSS");

    private static final long MIN_EPOCH_MILLIS = 0L;
    private static final long MAX_EPOCH_MILLIS = 4_102_444_800_000L; // 2100-01-01

    private ValueParsers() {
    }

    /** Parses an optionally negative integer of at most 18 digits without leading zeros, else {@link #NOT_AN_INTEGER}. */
    public static long parseInteger(CharSequence s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int digits = n - i;
        if (digits < 1 || digits > 18) {
            return NOT_AN_INTEGER;
        }
        if (s.charAt(i) == '0' && (digits > 1 || negative)) {
            return NOT_AN_INTEGER;
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_AN_INTEGER;
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }

    /**
     * {@link #parseInteger} for the common case of plain ASCII digits read straight from bytes (no String made), or
     * {@link #NOT_AN_INTEGER} when the field needs the text path — which then decides, so both agree by construction.
     */
    static long parseIntegerAscii(byte[] b, int from, int length) {
        int i = from;
        int end = from + length;
        boolean negative = length > 0 && b[i] == '-';
        if (negative) {
            i++;
        }
        int digits = end - i;
        if (digits < 1 || digits > 18 || (b[i] == '0' && (digits > 1 || negative))) {
            return NOT_AN_INTEGER;
        }
        long v = 0;
        for (; i < end; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return NOT_AN_INTEGER;
            }
            v = v * 10 + c;
        }
        return negative ? -v : v;
    }

    /**
     * The exact fast path of {@link #parseDecimal} read straight from ASCII bytes (no String made: creating one per
     * field was the largest cost of loading numeric CSVs), or NaN when the field needs the text path (exponent, more
     * than 15 digits, any other character), which then decides — so both agree by construction.
     */
    static double parseDecimalAscii(byte[] b, int from, int length, char decimalSeparator) {
        if (length == 0 || length > 40) {
            return Double.NaN;
        }
        int end = from + length;
        int i = b[from] == '-' ? from + 1 : from;
        int start = i;
        int intDigits = 0;
        int fracDigits = 0;
        long mantissa = 0;
        boolean separator = false;
        for (; i < end; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (separator) {
                    fracDigits++;
                } else {
                    intDigits++;
                }
            } else if (c == decimalSeparator && !separator) {
                separator = true;
            } else {
                return Double.NaN;
            }
        }
        int digits = intDigits + fracDigits;
        if (digits == 0 || digits > MAX_EXACT_DIGITS || (intDigits > 1 && b[start] == '0')) {
            return Double.NaN;
        }
        double value = mantissa / POWERS_OF_TEN[fracDigits];
        return start > from ? -value : value;
    }

    /** Digits that always fit a double's 53-bit mantissa exactly. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /**
     * Parses a decimal number with the given decimal separator (plain digits, one separator, optional exponent; no
     * thousands separators, no leading {@code +}, no leading zeros before other digits), else NaN.
     */
    public static double parseDecimal(String s, char decimalSeparator) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return Double.NaN;
        }
        int i = s.charAt(0) == '-' ? 1 : 0;
        int intDigits = 0;
        int fracDigits = 0;
        long mantissa = 0; // all digits as one integer; only used when there are at most 15 of them
        boolean separator = false;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (separator) {
                    fracDigits++;
                } else {
                    intDigits++;
                }
            } else if (c == decimalSeparator && !separator) {
                separator = true;
            } else {
                break;
            }
        }
        if (intDigits + fracDigits == 0) {
            return Double.NaN;
        }
        if (intDigits > 1 && s.charAt(start) == '0') {
            return Double.NaN;
        }
        if (i == n && intDigits + fracDigits <= MAX_EXACT_DIGITS) {
            // Fast path (Clinger): the digits (< 10^15 < 2^53) and 10^fracDigits (fracDigits <= 15 <= 22) are
            // exact doubles, and one IEEE division rounds correctly, so this equals Double.parseDouble at a
            // fraction of its cost (parsing numbers was the largest part of loading a 1M x 8 CSV; decision 0020).
            double value = mantissa / POWERS_OF_TEN[fracDigits];
            return start == 1 ? -value : value;
        }
        if (i < n) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            int j = i + 1;
            if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                j++;
            }
            if (j == n) {
                return Double.NaN;
            }
            for (; j < n; j++) {
                char d = s.charAt(j);
                if (d < '0' || d > '9') {
                    return Double.NaN;
                }
            }
        }
        String text = decimalSeparator == '.' ? s : s.replace(decimalSeparator, '.');
        return Double.parseDouble(text);
    }

    /** 1 for true/yes, 0 for false/no (any case), -1 otherwise. */
    public static int parseBoolean(String s) {
        switch (s.length()) {
            case 2:
                return s.equalsIgnoreCase("no") ? 0 : -1;
            case 3:
                return s.equalsIgnoreCase("yes") ? 1 : -1;
            case 4:
                return s.equalsIgnoreCase("true") ? 1 : -1;
            case 5:
                return s.equalsIgnoreCase("false") ? 0 : -1;
            default:
                return -1;
        }
    }

    /** Parses calendar dates of one pattern into Tablesaw's packed int form. */
    @FunctionalInterface
    public interface DateParser {
        /** The packed date, or {@link #NOT_A_DATE}. */
        int parse(String text);
    }

    /** Parses date-times of one pattern into Tablesaw's packed long form. */
    @FunctionalInterface
    public interface DateTimeParser {
        /** The packed date-time, or {@link #NOT_A_DATE_TIME}. */
        long parse(String text);
    }

    /** A parser for one of {@link #DATE_PATTERNS} (or any java.time pattern). */
    public static DateParser dateParser(String pattern) {
        if (pattern.equals("yyyy-MM-dd")) {
            return ValueParsers::parseIsoDate;
        }
        DateTimeFormatter f = strict(pattern);
        return text -> {
            try {
                return PackedLocalDate.pack(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                return NOT_A_DATE;
            }
        };
    }

    /** A parser for one of {@link #DATE_TIME_PATTERNS}, {@link #EPOCH_MILLIS} or any java.time pattern. */
    public static DateTimeParser dateTimeParser(String pattern) {
        if (pattern.equals(EPOCH_MILLIS)) {
            return text -> {
                long v = parseInteger(text);
                if (v == NOT_AN_INTEGER || v < MIN_EPOCH_MILLIS || v > MAX_EPOCH_MILLIS) {
                    return NOT_A_DATE_TIME;
                }
                return PackedLocalDateTime.pack(LocalDateTime.ofInstant(Instant.ofEpochMilli(v), ZoneOffset.UTC));
            };
        }
        if (pattern.equals(ISO)) {
            return ValueParsers::parseIsoDateTime;
        }
        DateTimeFormatter f = strict(pattern);
        return text -> {
            try {
                return PackedLocalDateTime.pack(LocalDateTime.parse(text, f));
            } catch (DateTimeParseException e) {
                return NOT_A_DATE_TIME;
            }
        };
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

    private static long parseIsoDateTime(String text) {
        if (text.length() < 16 || text.length() > 40 || text.charAt(10) != 'T') {
            return NOT_A_DATE_TIME;
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parse(text);
            LocalDateTime local = LocalDateTime.from(t);
            if (t.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                ZoneOffset offset = ZoneOffset.from(t);
                local = local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return PackedLocalDateTime.pack(local);
        } catch (java.time.DateTimeException e) {
            return NOT_A_DATE_TIME;
        }
    }

    /** Fast path for the most common format, {@code yyyy-MM-dd}, with full calendar validation. */
    static int parseIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return NOT_A_DATE;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return NOT_A_DATE;
        }
        return PackedLocalDate.pack(y, m, d);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
