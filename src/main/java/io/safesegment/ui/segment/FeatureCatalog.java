package io.safesegment.ui.segment;

import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.columns.Column;

/** The features the feature panel offers for a data source, named as {@code FeatureOptions} expects them. */
final class FeatureCatalog {
    /** Transaction aggregates, in the order the panel lists them. */
    static final List<String> AGGREGATES = List.of("order_count", "total_spend", "avg_spend", "recency_days",
            "first_purchase_days", "tenure_days");

    private FeatureCatalog() {
    }

    /** One row per candidate feature; the default behavioural set is selected. */
    static List<FeatureRow> rows(CustomerData data, String idColumn) {
        Set<String> names = new LinkedHashSet<>();
        List<FeatureRow> rows = new ArrayList<>();
        if (data.transactions() != null) {
            for (String aggregate : AGGREGATES) {
                add(rows, names, aggregate, true);
            }
            if (data.transactions().containsColumn("channel")) {
                add(rows, names, "channel_shares", false);
            }
            if (data.products() != null && data.products().containsColumn("category")) {
                add(rows, names, "category_shares", false);
            }
        }
        for (Column<?> column : data.customers().columns()) {
            String name = column.name();
            if (name.equals(idColumn) || looksLikeIdentifier(name)) {
                continue;
            }
            if (ColumnValues.isNumeric(column)) {
                add(rows, names, name, true);
            } else if (ColumnValues.isDate(column)) {
                String lower = name.toLowerCase(Locale.ROOT);
                add(rows, names, lower.equals("birth_date") || lower.equals("date_of_birth") ? "age"
                        : lower.equals("signup_date") ? "tenure_days" : name + "_days", true);
            } else if (column.countUnique() <= FeatureBuilder.MAX_CATEGORIES) {
                add(rows, names, name, false);
            }
        }
        return rows;
    }

    private static void add(List<FeatureRow> rows, Set<String> names, String name, boolean scalable) {
        if (names.add(name)) {
            rows.add(new FeatureRow(name, scalable, FeatureOptions.DEFAULT_COLUMNS.contains(name)));
        }
    }

    /** Phone numbers, postcodes and ids are numbers, but distances between them mean nothing. */
    static boolean looksLikeIdentifier(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("_id") || lower.equals("id") || lower.contains("phone") || lower.contains("postcode")
                || lower.contains("zip") || lower.contains("national");
    }
}
