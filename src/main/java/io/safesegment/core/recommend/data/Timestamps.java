package io.safesegment.core.recommend.data;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/** Parses event times to epoch seconds: ISO local date-times (fast path for {@code yyyy-MM-ddTHH:mm:ss}) or numbers. */
final class Timestamps {
    /** Spellings of common exports (the online-retail {@code 12/1/2010 8:26}), month first; slow path only. */
    private static final List<DateTimeFormatter> OTHER_FORMATS = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu[ H:mm[:ss]]"), DateTimeFormatter.ofPattern("uuuu/M/d[ H:mm[:ss]]"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd[ H:mm[:ss]]"), DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]"));

    private Timestamps() {
    }

    /** Epoch seconds (UTC), or throws {@link IllegalArgumentException} when the text is no time. */
    static long parse(String s) {
        if (s.length() == 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && (s.charAt(10) == 'T' || s.charAt(10) == ' ')
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            // Fast path: parsing 20M timestamps through java.time costs seconds; field arithmetic does not.
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            int h = digits(s, 11, 2);
            int mi = digits(s, 14, 2);
            int se = digits(s, 17, 2);
            if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60
                    && se >= 0 && se < 61) {
                return daysFromCivil(y, mo, d) * 86_400L + h * 3600L + mi * 60L + se;
            }
        }
        boolean numeric = !s.isEmpty();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9') && !(k == 0 && c == '-')) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            return Long.parseLong(s);
        }
        try {
            return LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter f : OTHER_FORMATS) {
                try {
                    TemporalAccessor t = f.parseBest(s, LocalDateTime::from, LocalDate::from);
                    return t instanceof LocalDateTime dt ? dt.toEpochSecond(ZoneOffset.UTC)
                            : ((LocalDate) t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeParseException notThis) {
                    // try the next spelling
                }
            }
            throw new LocalizedArgumentException(Message.of("data.timestamps.notADateTime"), e);
        }
    }

    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int k = from; k < from + len; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}
