package io.safesegment.core.privacy.review;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Compares an original table with its masked version (same rows in the same order, as {@code MaskingEngine}
 * produces) and measures the {@link UtilityCost}. Values are compared by their text form, so a number written
 * {@code 42} and {@code 42.0} by two column types still counts as changed only when its text changes.
 */
public final class UtilityCostCalculator {
    private UtilityCostCalculator() {
    }

    /**
     * Measures the cost of masking {@code original} into {@code masked}.
     *
     * @throws IllegalArgumentException when the row counts differ (the tables are not one masking run)
     */
    public static UtilityCost measure(Table original, Table masked, Progress progress) {
        int rows = original.rowCount();
        if (masked.columnCount() > 0 && masked.rowCount() != rows) {
            throw new LocalizedArgumentException(Message.of("review.utilityCostCalculator.maskedTable", masked.name(), masked.rowCount(), original.name(), rows));
        }
        List<ColumnUtility> columns = new ArrayList<>();
        long changed = 0;
        int n = original.columnCount();
        for (int ci = 0; ci < n; ci++) {
            progress.checkCancelled();
            Column<?> before = original.column(ci);
            progress.report((double) ci / Math.max(1, n), Message.of("progress.utility.column", before.name()));
            Column<?> after = masked.containsColumn(before.name()) ? masked.column(before.name()) : null;
            ColumnUtility utility = after == null ? removed(before) : compare(before, after);
            changed += utility.changedCells();
            columns.add(utility);
        }
        progress.report(1, Message.of("progress.utility.done"));
        return new UtilityCost(rows, (long) rows * n, changed, columns);
    }

    private static ColumnUtility removed(Column<?> before) {
        return new ColumnUtility(before.name(), true, before.size(), distinct(before), 0, mean(before), Double.NaN);
    }

    private static ColumnUtility compare(Column<?> before, Column<?> after) {
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            boolean missingBefore = before.isMissing(i);
            boolean missingAfter = after.isMissing(i);
            if (missingBefore != missingAfter || (!missingBefore && !before.getString(i).equals(after.getString(i)))) {
                changed++;
            }
        }
        double meanBefore = mean(before);
        double meanAfter = Double.isNaN(meanBefore) ? Double.NaN : mean(after);
        return new ColumnUtility(before.name(), false, changed, distinct(before), distinct(after), meanBefore,
                meanAfter);
    }

    private static int distinct(Column<?> column) {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                values.add(column.getString(i));
            }
        }
        return values.size();
    }

    /** Mean of the non-missing values of a numeric column; NaN for other columns or when all are missing. */
    private static double mean(Column<?> column) {
        if (!(column instanceof NumericColumn<?> numeric)) {
            return Double.NaN;
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < numeric.size(); i++) {
            if (!numeric.isMissing(i)) {
                sum += numeric.getDouble(i);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
