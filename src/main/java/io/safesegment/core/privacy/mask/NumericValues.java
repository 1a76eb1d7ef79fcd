package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads any column as doubles (NaN for missing), failing clearly on text that is not a number. Public for engines
 * that apply the whole-column operators (noise, microaggregation) in pieces and must read the values alike.
 */
public final class NumericValues {
    private NumericValues() {
    }

    /** The values of {@code column} as the numeric operators read them; {@code operatorId} names the failing rule. */
    public static double[] read(Column<?> column, String operatorId) {
        int n = column.size();
        double[] values = new double[n];
        if (column instanceof NumericColumn<?> numeric) {
            for (int i = 0; i < n; i++) {
                values[i] = numeric.isMissing(i) ? Double.NaN : numeric.getDouble(i);
            }
            return values;
        }
        for (int i = 0; i < n; i++) {
            if (column.isMissing(i)) {
                values[i] = Double.NaN;
                continue;
            }
            try {
                values[i] = Double.parseDouble(column.getString(i).strip());
            } catch (NumberFormatException e) {
                throw new MaskingException(Message.of("mask.numericValues.column", operatorId, column.name(), i + 1));
            }
        }
        return values;
    }
}
