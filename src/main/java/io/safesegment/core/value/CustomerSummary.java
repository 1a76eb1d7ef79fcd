package io.safesegment.core.value;

import java.util.List;

/**
 * Per-customer repeat-purchase summary in lifetimes' conventions: {@code frequency} = repeat purchase periods (the
 * first purchase is not counted), {@code recency} = periods from the first to the last purchase, {@code T} = periods
 * from the first purchase to the end of observation, {@code monetary} = mean spend of the repeat purchase periods (0
 * without repeats; NaN when no amount is known). Index {@code i} of every array is customer {@code ids.get(i)}.
 *
 * @param hasMonetary whether the monetary values were read (an amount column was mapped)
 */
public record CustomerSummary(List<String> ids, double[] frequency, double[] recency, double[] age,
                              double[] monetary, boolean hasMonetary) {
    /** Copies the id list. */
    public CustomerSummary {
        ids = List.copyOf(ids);
    }

    /** Number of customers. */
    public int size() {
        return ids.size();
    }

    /** Customers with at least one repeat purchase. */
    public int repeatBuyers() {
        int n = 0;
        for (double f : frequency) {
            if (f > 0) {
                n++;
            }
        }
        return n;
    }
}
