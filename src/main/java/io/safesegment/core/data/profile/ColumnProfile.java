package io.safesegment.core.data.profile;

import java.util.List;

/**
 * Summary of one column. Statistics that do not apply to the column's type are null.
 *
 * @param name      column name
 * @param type      Tablesaw column type (INTEGER, DOUBLE, STRING, LOCAL_DATE, ...)
 * @param count     non-missing values
 * @param missing   missing values
 * @param distinct  distinct non-missing values
 * @param min       smallest value (numbers, dates, date-times), as text
 * @param max       largest value, as text
 * @param mean      arithmetic mean (numbers)
 * @param median    median (numbers)
 * @param stdDev    sample standard deviation (numbers)
 * @param top       most frequent values, most frequent first (ties by value)
 * @param histogram equal-width histogram (numbers)
 */
public record ColumnProfile(String name, String type, long count, long missing, long distinct, String min,
                            String max, Double mean, Double median, Double stdDev, List<ValueCount> top,
                            Histogram histogram) {
    /** Copies the list. */
    public ColumnProfile {
        top = List.copyOf(top);
    }
}
