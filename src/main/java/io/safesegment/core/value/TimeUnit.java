package io.safesegment.core.value;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Locale;

/** The period in which recency, T and horizons are counted (lifetimes' {@code freq}). */
public enum TimeUnit {
    /** Calendar days; several purchases on one day count as one. */
    DAY(1, 30),
    /** Monday-to-Sunday weeks; several purchases in one week count as one. */
    WEEK(7, 4.345);

    private final int days;
    private final double periodsPerMonth;

    TimeUnit(int days, double periodsPerMonth) {
        this.days = days;
        this.periodsPerMonth = periodsPerMonth;
    }

    /** Days per period. */
    public int days() {
        return days;
    }

    /** Periods in a month, as lifetimes' {@code customer_lifetime_value} counts them (30 days, 4.345 weeks). */
    public double periodsPerMonth() {
        return periodsPerMonth;
    }

    /** The period index of an epoch day; weeks start on Monday (epoch day 0 was a Thursday). */
    public long period(long epochDay) {
        return this == DAY ? epochDay : Math.floorDiv(epochDay + 3, 7);
    }

    /** The command-line name. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code day} or {@code week}. */
    public static TimeUnit parse(String text) {
        for (TimeUnit u : values()) {
            if (u.cliName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return u;
            }
        }
        throw new LocalizedArgumentException(Message.of("value.error.unit", String.valueOf(text)));
    }
}
