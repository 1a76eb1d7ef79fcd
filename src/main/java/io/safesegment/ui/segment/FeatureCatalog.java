package io.safesegment.ui.segment;

import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.SegmentationService;
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
    static List<FeatureRow> rows(CustomerData data) {
        String idColumn = data.customerRoles().column(SemanticRole.CUSTOMER_ID).orElse(null);
        String birth = data.customerRoles().column(SemanticRole.BIRTH_DATE).orElse(null);
        String signup = data.customerRoles().column(SemanticRole.SIGNUP_DATE).orElse(null);
        Set<String> names = new LinkedHashSet<>();
        List<FeatureRow> rows = new ArrayList<>();
        if (data.transactions() != null) {
            for (String aggregate : AGGREGATES) {
                add(rows, names, aggregate, true);
            }
            if (SegmentationService.hasRoleColumn(data.transactions(), data.transactionRoles(), SemanticRole.CHANNEL)) {
                add(rows, names, "channel_shares", false);
            }
            if (data.products() != null
                    && SegmentationService.hasRoleColumn(data.products(), data.productRoles(), SemanticRole.CATEGORY)) {
                add(rows, names, "category_shares", false);
            }
        }
        for (Column<?> column : data.customers().columns()) {
            String name = column.name();
            if (name.equals(idColumn) || looksLikeIdentifier(name)) {
                continue;
            }
            if (SegmentationService.isNumericColumn(column)) {
                add(rows, names, name, true);
            } else if (SegmentationService.isDateColumn(column)) {
                add(rows, names, name.equals(birth) ? "age" : name.equals(signup) ? "tenure_days" : name + "_days",
                        true);
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
