package io.safesegment.core.utility;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.segment.features.ColumnValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns generalised quasi-identifiers back into numbers and dates a segmentation can use, as a recipient of the
 * anonymised table would: a label (an interval, a month, a redacted code, {@code *}) stands for the original values
 * under it in the hierarchy, and the label becomes their mean (numbers) or middle day (dates). Only the hierarchy is
 * read, never the original values of the rows, so the decoded table holds nothing the recipient could not compute.
 * Text columns stay text (their generalised labels are one-hot encoded like any category).
 */
public final class GeneralisedValues {
    private GeneralisedValues() {
    }

    /**
     * The anonymised table with every quasi-identifier that is numeric or a date in {@code original} decoded.
     *
     * @param original   the table before anonymisation (only its column types are read)
     * @param anonymised the table {@code Anonymiser.apply} produced (quasi-identifiers as generalised text)
     * @param options    the anonymisation's quasi-identifiers and hierarchies
     * @param levels     the applied level per quasi-identifier
     */
    public static Table decode(Table original, Table anonymised, AnonymiseOptions options, int[] levels) {
        List<String> qis = options.quasiIdentifiers();
        if (levels.length != qis.size()) {
            throw new LocalizedArgumentException(Message.of("utility.generalisedValues.levelsFor", levels.length, qis.size()));
        }
        Table out = anonymised.copy();
        for (int j = 0; j < qis.size(); j++) {
            String name = qis.get(j);
            Column<?> type = original.column(name);
            boolean numeric = ColumnValues.isNumeric(type);
            boolean date = ColumnValues.isDate(type);
            if (!numeric && !date) {
                continue;
            }
            Hierarchy h = options.hierarchies().get(name);
            Map<String, Double> level = means(h, levels[j], date);
            Map<String, Double> top = means(h, h.height() - 1, date);
            Column<?> labels = anonymised.column(name);
            double[] v = new double[labels.size()];
            for (int r = 0; r < v.length; r++) {
                String label = labels.getString(r);
                Double m = level.containsKey(label) ? level.get(label) : top.get(label);
                v[r] = m == null ? Double.NaN : m; // missing: the features' missing-value rule applies
            }
            Column<?> decoded;
            if (date) {
                DateColumn d = DateColumn.create(name);
                for (double x : v) {
                    d.append(Double.isNaN(x) ? null : LocalDate.ofEpochDay(Math.round(x)));
                }
                decoded = d;
            } else {
                decoded = DoubleColumn.create(name, v);
            }
            out.replaceColumn(name, decoded);
        }
        return out;
    }

    /** Label at {@code level} → mean of the parseable level-0 values under it (epoch days for dates). */
    private static Map<String, Double> means(Hierarchy h, int level, boolean date) {
        Map<String, double[]> sums = new HashMap<>();
        for (List<String> row : h.rows()) {
            double x = parse(row.get(0), date);
            if (Double.isNaN(x)) {
                continue; // an empty value or a non-number in the hierarchy: it adds nothing to the mean
            }
            double[] s = sums.computeIfAbsent(row.get(level), k -> new double[2]);
            s[0] += x;
            s[1]++;
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((label, s) -> means.put(label, s[0] / s[1]));
        return means;
    }

    private static double parse(String value, boolean date) {
        String s = value.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return date ? LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).toEpochDay() : Double.parseDouble(s);
        } catch (NumberFormatException | DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
