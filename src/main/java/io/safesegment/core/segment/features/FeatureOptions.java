package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which features to build and how to prepare them.
 *
 * <p>Feature names: transaction aggregates {@code order_count, total_spend, avg_spend, recency_days,
 * first_purchase_days, tenure_days} (tenure from {@code signup_date} when present, else from the first purchase),
 * {@code channel_shares} (expands to {@code channel:web}, ...), {@code category_shares} (expands to
 * {@code category:Groceries}, ..., needs products); customer columns by name (numbers as they are, text one-hot
 * encoded as {@code city=Beijing}, ...), {@code age} from the column with the {@code birth_date} role,
 * {@code tenure_days} from the {@code signup_date} role, and {@code NAME_days} for other date columns (days before the
 * reference date). Which column is the customer id, timestamp, amount, ... is given by the roles of
 * {@link CustomerData}, never by a column name here.
 *
 * @param columns       features in order
 * @param logColumns    features replaced by log(1 + max(0, x)) before scaling (for skewed counts and amounts)
 * @param scaling       default scaling of numeric features; one-hot columns stay 0/1 unless overridden
 * @param scalingByColumn per-feature overrides of the scaling
 * @param missing       missing-value handling
 * @param referenceDate "today" for recency, tenure and age; {@code null} = the latest transaction date (or the latest
 *                      date in the customers table without transactions); needed only by date-based features
 */
public record FeatureOptions(List<String> columns, Set<String> logColumns, Scaling scaling,
                             Map<String, Scaling> scalingByColumn, MissingValues missing, LocalDate referenceDate) {

    /** The behavioural default: frequency, spend, recency and tenure, log-scaled then z-scored. */
    public static final List<String> DEFAULT_COLUMNS = List.of("order_count", "avg_spend", "recency_days", "tenure_days");

    /** Validates and copies. */
    public FeatureOptions {
        if (columns == null || columns.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("features.error.noFeatures"));
        }
        columns = List.copyOf(columns);
        logColumns = Set.copyOf(logColumns == null ? Set.of() : logColumns);
        scalingByColumn = Map.copyOf(scalingByColumn == null ? Map.of() : scalingByColumn);
        if (scaling == null) {
            throw new LocalizedArgumentException(Message.of("features.error.noScaling"));
        }
        if (missing == null) {
            throw new LocalizedArgumentException(Message.of("features.error.noMissingHandling"));
        }
    }

    /** The default behavioural feature set. */
    public static FeatureOptions defaults() {
        return of(DEFAULT_COLUMNS);
    }

    /** The given columns, z-scored, mean-imputed, with the skewed aggregates log-scaled. */
    public static FeatureOptions of(List<String> columns) {
        Set<String> logs = Set.of("order_count", "total_spend", "avg_spend", "recency_days", "tenure_days",
                "first_purchase_days", "annual_income");
        return new FeatureOptions(columns, logs, Scaling.ZSCORE, Map.of(), MissingValues.MEAN_IMPUTE, null);
    }

    /** A copy with another scaling. */
    public FeatureOptions withScaling(Scaling newScaling) {
        return new FeatureOptions(columns, logColumns, newScaling, scalingByColumn, missing, referenceDate);
    }

    /** A copy with other log columns. */
    public FeatureOptions withLogColumns(Set<String> newLogColumns) {
        return new FeatureOptions(columns, newLogColumns, scaling, scalingByColumn, missing, referenceDate);
    }

    /** A copy with another missing-value rule. */
    public FeatureOptions withMissing(MissingValues newMissing) {
        return new FeatureOptions(columns, logColumns, scaling, scalingByColumn, newMissing, referenceDate);
    }

    /** A copy with a fixed reference date. */
    public FeatureOptions withReferenceDate(LocalDate date) {
        return new FeatureOptions(columns, logColumns, scaling, scalingByColumn, missing, date);
    }
}
