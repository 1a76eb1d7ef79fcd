package io.safesegment.core.data.samples;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Small helpers for writing CSV fast: rows are built in a reused {@link StringBuilder} and written through a large
 * buffered UTF-8 writer, which is many times faster than a general data-frame writer for millions of rows.
 */
final class CsvText {
    private static final int BUFFER_CHARS = 1 << 16;

    private CsvText() {
    }

    static BufferedWriter writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
    }

    /** Appends {@code value}, quoting it (RFC 4180) only when it holds a comma, quote or line break. */
    static StringBuilder field(StringBuilder sb, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            return sb.append(value);
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        return sb.append('"');
    }

    /** Appends an amount in cents as a decimal with two places, e.g. 1299 as {@code 12.99}. */
    static StringBuilder cents(StringBuilder sb, long cents) {
        sb.append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            sb.append('0');
        }
        return sb.append(rest);
    }

    /** Appends {@code value} left-padded with zeros to {@code width} digits. */
    static StringBuilder padded(StringBuilder sb, long value, int width) {
        int digits = value == 0 ? 1 : (int) Math.floor(Math.log10(value)) + 1;
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        return sb.append(value);
    }

    /** ISO dates for a contiguous range of epoch days, formatted once so millions of rows need no formatting. */
    static final class DateCache {
        private final long firstDay;
        private final String[] dates;

        DateCache(long firstDay, long lastDay) {
            this.firstDay = firstDay;
            this.dates = new String[(int) (lastDay - firstDay + 1)];
            for (int i = 0; i < dates.length; i++) {
                dates[i] = LocalDate.ofEpochDay(firstDay + i).toString();
            }
        }

        String date(long epochDay) {
            return dates[(int) (epochDay - firstDay)];
        }
    }
}
