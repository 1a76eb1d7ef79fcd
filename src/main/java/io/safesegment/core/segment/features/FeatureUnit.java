package io.safesegment.core.segment.features;

import java.util.Locale;

/**
 * The original unit of a feature, so that axes, profiles and centroids can say "recency_days (days)" instead of
 * showing scaled numbers without a unit. Derived from the feature's name as {@link FeatureBuilder} makes it.
 */
public enum FeatureUnit {
    /** Days before the reference date ({@code recency_days}, {@code tenure_days}, {@code NAME_days}). */
    DAYS,
    /** Whole years ({@code age}). */
    YEARS,
    /** The amount's own currency ({@code total_spend}, {@code avg_spend}). */
    MONEY,
    /** Distinct orders ({@code order_count} with an order id). */
    ORDERS,
    /** Purchase lines ({@code order_count} without an order id). */
    LINE_ITEMS,
    /** Share 0–1 of a customer's lines ({@code channel:web}, {@code category:Toys}). */
    SHARE,
    /** 0/1 of a one-hot encoded text value ({@code city=Beijing}). */
    INDICATOR,
    /** A number from the customers file, in whatever unit the file uses. */
    AS_IN_FILE;

    /** The unit of {@code feature} in a matrix built with {@code report}. */
    public static FeatureUnit of(String feature, FeatureReport report) {
        if (feature.equals("order_count")) {
            return report != null && FeatureReport.ORDERS.equals(report.frequencyCounts()) ? ORDERS : LINE_ITEMS;
        }
        if (feature.equals("total_spend") || feature.equals("avg_spend")) {
            return MONEY;
        }
        if (feature.equals("age")) {
            return YEARS;
        }
        if (feature.startsWith("channel:") || feature.startsWith("category:")) {
            return SHARE;
        }
        if (feature.contains("=")) {
            return INDICATOR;
        }
        if (feature.endsWith("_days")) {
            return DAYS;
        }
        return AS_IN_FILE;
    }

    /** The unit's JSON name: {@code days}, {@code years}, {@code money}, {@code orders}, {@code lineItems}, ... */
    public String jsonName() {
        return switch (this) {
            case LINE_ITEMS -> "lineItems";
            case AS_IN_FILE -> "asInFile";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
