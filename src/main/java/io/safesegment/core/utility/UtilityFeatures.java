package io.safesegment.core.utility;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The default features of a utility measurement: every quasi-identifier a segmentation can use (a birth date as
 * {@code age}, a signup date as {@code tenure_days}, other dates as {@code NAME_days}, numbers as they are, text
 * with at most {@link FeatureBuilder#MAX_CATEGORIES} values one-hot), plus the behavioural defaults when
 * transactions are given. Without the quasi-identifiers the anonymisation could not change the segments, and the
 * measurement would say nothing.
 */
public final class UtilityFeatures {
    private UtilityFeatures() {
    }

    /** The default feature names for {@code customers} anonymised on {@code quasiIdentifiers}. */
    public static List<String> defaults(Table customers, List<String> quasiIdentifiers, RoleMapping overrides,
                                        boolean withTransactions) {
        RoleMapping roles = RoleSuggester.suggest(customers).mapping().overriddenBy(overrides);
        String birth = roles.column(SemanticRole.BIRTH_DATE).orElse(null);
        String signup = roles.column(SemanticRole.SIGNUP_DATE).orElse(null);
        List<String> features = new ArrayList<>();
        for (String qi : quasiIdentifiers) {
            if (!customers.containsColumn(qi)) {
                continue;
            }
            Column<?> column = customers.column(qi);
            if (ColumnValues.isDate(column)) {
                features.add(qi.equals(birth) ? "age" : qi.equals(signup) ? "tenure_days" : qi + "_days");
            } else if (ColumnValues.isNumeric(column) || distinct(column) <= FeatureBuilder.MAX_CATEGORIES) {
                features.add(qi);
            }
        }
        if (withTransactions) {
            FeatureOptions.DEFAULT_COLUMNS.stream().filter(f -> !features.contains(f)).forEach(features::add);
        }
        return features;
    }

    private static int distinct(Column<?> column) {
        Set<String> values = new HashSet<>();
        for (int r = 0; r < column.size() && values.size() <= FeatureBuilder.MAX_CATEGORIES; r++) {
            if (!column.isMissing(r)) {
                values.add(column.getString(r));
            }
        }
        return values.size();
    }
}
