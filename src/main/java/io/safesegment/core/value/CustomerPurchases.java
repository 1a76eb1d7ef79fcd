package io.safesegment.core.value;

import java.util.Arrays;

/**
 * One customer's purchases reduced to lifetimes' figures, with {@link PurchaseLog}'s own definitions: purchases are
 * grouped into periods of a {@link TimeUnit}, the first period is the first purchase, and the spend of the repeat
 * periods is summed in period order, purchases of one period in file order (so the doubles are the same to the last
 * bit wherever the purchases of one customer are gathered). {@link PurchaseLog#summary} uses it for every customer; an
 * engine that groups the transactions per customer elsewhere (the Spark engine, record 0037) uses it per group.
 */
public final class CustomerPurchases {
    private CustomerPurchases() {
    }

    /**
     * The figures of the purchases up to a period.
     *
     * @param firstPeriod    the period of the first purchase
     * @param lastPeriod     the period of the last purchase
     * @param distinctPeriods periods with a purchase (frequency + 1)
     * @param monetary       mean spend of the repeat periods (0 without repeats; NaN without amounts)
     */
    public record Figures(long firstPeriod, long lastPeriod, int distinctPeriods, double monetary) {
        /** Repeat purchase periods. */
        public double frequency() {
            return distinctPeriods - 1;
        }

        /** Periods from the first to the last purchase. */
        public double recency() {
            return lastPeriod - firstPeriod;
        }

        /** Periods from the first purchase to {@code endPeriod}. */
        public double age(long endPeriod) {
            return endPeriod - firstPeriod;
        }
    }

    /**
     * The figures of one customer's purchases with a period up to {@code upToPeriod}, or null when there is none.
     *
     * @param days    epoch days of the purchases, in file order
     * @param amounts their amounts (ignored without {@code hasAmount})
     */
    public static Figures figures(int[] days, double[] amounts, boolean hasAmount, TimeUnit unit, long upToPeriod) {
        return figures(days, amounts, 0, days.length, hasAmount, unit, upToPeriod);
    }

    /** Periods with a purchase in {@code (after, upTo]}: lifetimes' actual hold-out purchases. */
    public static int distinctPeriods(int[] days, TimeUnit unit, long after, long upTo) {
        return distinctPeriods(days, 0, days.length, unit, after, upTo);
    }

    static Figures figures(int[] days, double[] amounts, int from, int to, boolean hasAmount, TimeUnit unit,
                           long upToPeriod) {
        long[] periods = periods(days, from, to, unit, Long.MIN_VALUE, upToPeriod);
        if (periods.length == 0) {
            return null;
        }
        int distinct = 0;
        double repeatSpend = 0;
        long first = periods[0] >> 32;
        long last = first;
        long prev = Long.MIN_VALUE;
        for (long p : periods) {
            long period = p >> 32;
            if (period != prev) {
                distinct++;
                prev = period;
                last = period;
            }
            if (period != first && hasAmount) {
                repeatSpend += amounts[from + (int) (p & 0xFFFFFFFFL)];
            }
        }
        double monetary = !hasAmount ? Double.NaN : distinct > 1 ? repeatSpend / (distinct - 1) : 0;
        return new Figures(first, last, distinct, monetary);
    }

    static int distinctPeriods(int[] days, int from, int to, TimeUnit unit, long after, long upTo) {
        int n = 0;
        long prev = Long.MIN_VALUE;
        for (long p : periods(days, from, to, unit, after, upTo)) {
            if ((p >> 32) != prev) {
                n++;
                prev = p >> 32;
            }
        }
        return n;
    }

    /** (period << 32 | purchase offset) of the purchases in [from, to) with period in (after, upTo], sorted. */
    private static long[] periods(int[] days, int from, int to, TimeUnit unit, long after, long upTo) {
        long[] packed = new long[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
            long p = unit.period(days[i]);
            if (p > after && p <= upTo) {
                packed[k++] = (p << 32) | (i - from);
            }
        }
        long[] out = Arrays.copyOf(packed, k);
        Arrays.sort(out);
        return out;
    }
}
