package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reads a lifetimes-style summary table (frequency, recency, T, optional monetary) through {@link SummaryColumns}. */
final class SummaryTable {
    private SummaryTable() {
    }

    static CustomerSummary read(Table table, SummaryColumns columns) {
        Column<?> id = find(table, columns, "customer_id", false);
        Column<?> f = find(table, columns, "frequency", true);
        Column<?> r = find(table, columns, "recency", true);
        Column<?> t = find(table, columns, "T", true);
        Column<?> m = find(table, columns, "monetary", false);
        int n = table.rowCount();
        List<String> ids = new ArrayList<>(n);
        double[] fs = new double[n];
        double[] rs = new double[n];
        double[] ts = new double[n];
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            String cid = id == null ? null : ColumnValues.customerId(id, i);
            ids.add(cid == null ? "row " + (i + 1) : cid);
            fs[i] = ColumnValues.number(f, i);
            rs[i] = ColumnValues.number(r, i);
            ts[i] = ColumnValues.number(t, i);
            ms[i] = m == null ? Double.NaN : ColumnValues.number(m, i);
            if (!(fs[i] >= 0) || fs[i] != Math.rint(fs[i])) {
                throw bad(i, f, "value.error.summary.frequency");
            }
            if (!(rs[i] >= 0) || !(ts[i] >= rs[i]) || Double.isInfinite(ts[i])) {
                throw bad(i, r, "value.error.summary.recency");
            }
            if (fs[i] == 0 && rs[i] != 0) {
                throw bad(i, r, "value.error.summary.recencyWithoutRepeat");
            }
            if (m != null && fs[i] > 0 && !(ms[i] >= 0 && Double.isFinite(ms[i]))) {
                throw bad(i, m, "value.error.summary.monetary");
            }
        }
        return new CustomerSummary(ids, fs, rs, ts, ms, m != null);
    }

    private static ValueException bad(int row, Column<?> column, String key) {
        // the value itself is not quoted: a summary of a masked dataset still describes real people
        return switch (key) {
            case "value.error.summary.frequency" -> new ValueException(Message.of("value.error.summary.frequency",
                    row + 2, column.name()));
            case "value.error.summary.recency" -> new ValueException(Message.of("value.error.summary.recency",
                    row + 2, column.name()));
            case "value.error.summary.recencyWithoutRepeat" -> new ValueException(Message.of(
                    "value.error.summary.recencyWithoutRepeat", row + 2, column.name()));
            default -> new ValueException(Message.of("value.error.summary.monetary", row + 2, column.name()));
        };
    }

    private static Column<?> find(Table table, SummaryColumns columns, String role, boolean required) {
        String name = columns.column(role);
        if (name != null) {
            if (!table.containsColumn(name)) {
                throw new ValueException(Message.of("value.error.summaryColumn", name, role,
                        table.columnNames().toString()));
            }
            return table.column(name);
        }
        for (String c : table.columnNames()) {
            if (c.equalsIgnoreCase(role) || (role.equals("monetary") && c.equalsIgnoreCase("monetary_value"))) {
                return table.column(c);
            }
        }
        if (required) {
            throw new ValueException(Message.of("value.error.summaryMissing", role, table.columnNames().toString()));
        }
        return null;
    }
}
