package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds hierarchies for the values of a column: intervals for numbers (with bottom and top coding), dates, right-
 * to-left redaction for codes, ordered groupings and explicit mappings. Every hierarchy ends in {@code *}.
 */
public final class HierarchyBuilders {
    /** The top of every built hierarchy. */
    public static final String TOP = "*";

    private HierarchyBuilders() {
    }

    /**
     * Intervals for numbers: level 1 cuts {@code [bottom, top)} into intervals of {@code width} (values below
     * {@code bottom} become {@code <bottom}, values at or above {@code top} become {@code >=top}); each further level
     * joins {@code fanout} neighbouring intervals, until one interval is left; then {@code *}.
     */
    public static Hierarchy intervals(Collection<String> values, double bottom, double top, double width, int fanout) {
        if (!(width > 0) || !(top > bottom) || fanout < 2) {
            throw new HierarchyException(Message.of("anonymise.hierarchyBuilders.intervalHierarchyNeedsWidth"));
        }
        int bins = (int) Math.ceil((top - bottom) / width);
        List<List<String>> rows = new ArrayList<>();
        for (String v : new TreeSet<>(values)) {
            double x;
            try {
                x = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw new HierarchyException(Message.of("anonymise.hierarchyBuilders.intervalHierarchyAValue"));
            }
            List<String> row = new ArrayList<>(List.of(v));
            if (x < bottom) {
                for (int span = 1; span == 1 || span < bins; span *= fanout) {
                    row.add("<" + num(bottom));
                }
            } else if (x >= top) {
                for (int span = 1; span == 1 || span < bins; span *= fanout) {
                    row.add(">=" + num(top));
                }
            } else {
                int bin = (int) Math.floor((x - bottom) / width);
                for (int span = 1; span == 1 || span < bins; span *= fanout) {
                    int first = bin / span * span;
                    double lo = bottom + first * width;
                    double hi = Math.min(top, lo + span * width);
                    row.add("[" + num(lo) + ", " + num(hi) + ")");
                }
            }
            row.add(TOP);
            rows.add(row);
        }
        return Hierarchy.of(rows, "intervals");
    }

    /** Dates (ISO {@code yyyy-MM-dd}): day → month → quarter → year → decade → {@code *}. */
    public static Hierarchy dates(Collection<String> values) {
        List<List<String>> rows = new ArrayList<>();
        for (String v : new TreeSet<>(values)) {
            LocalDate d;
            try {
                d = LocalDate.parse(v.trim());
            } catch (DateTimeParseException e) {
                throw new HierarchyException(Message.of("anonymise.hierarchyBuilders.dateHierarchyAValue"));
            }
            int decade = d.getYear() / 10 * 10;
            rows.add(List.of(v, String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()),
                    String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1),
                    String.format(Locale.ROOT, "%04d", d.getYear()),
                    String.format(Locale.ROOT, "%04d-%04d", decade, decade + 9), TOP));
        }
        return Hierarchy.of(rows, "dates");
    }

    /**
     * Right-to-left redaction for codes: {@code 81675 → 8167* → 816** → … → *}. Shorter values are left-aligned
     * to the longest length (so all rows have the same height).
     */
    public static Hierarchy redaction(Collection<String> values, char mask) {
        int length = values.stream().mapToInt(v -> v.codePointCount(0, v.length())).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (String v : new TreeSet<>(values)) {
            int[] cps = v.codePoints().toArray();
            List<String> row = new ArrayList<>(List.of(v));
            for (int hidden = 1; hidden < length; hidden++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < length - hidden; i++) {
                    sb.appendCodePoint(i < cps.length ? cps[i] : mask);
                }
                sb.append(String.valueOf(mask).repeat(hidden));
                row.add(sb.toString());
            }
            row.add(TOP);
            rows.add(row);
        }
        return Hierarchy.of(rows, "redaction");
    }

    /**
     * Ordered grouping: the values in {@code order} are grouped {@code groupSize} at a time at level 1
     * ({@code first-last}), and each further level joins {@code fanout} neighbouring groups, then {@code *}.
     */
    public static Hierarchy ordered(List<String> order, int groupSize, int fanout) {
        if (groupSize < 1 || fanout < 2) {
            throw new HierarchyException(Message.of("anonymise.hierarchyBuilders.orderedGroupingNeedsGroupsize"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> row = new ArrayList<>(List.of(order.get(i)));
            for (int span = groupSize; span == groupSize || span < order.size(); span *= fanout) {
                int first = i / span * span;
                int last = Math.min(order.size(), first + span) - 1;
                row.add(first == last ? order.get(first) : order.get(first) + "-" + order.get(last));
            }
            row.add(TOP);
            rows.add(row);
        }
        return Hierarchy.of(rows, "ordered grouping");
    }

    /** An explicit mapping: each value's list of generalisations (level 1, 2, …), {@code *} appended. */
    public static Hierarchy mapping(Map<String, List<String>> generalisations) {
        List<List<String>> rows = new ArrayList<>();
        generalisations.forEach((value, levels) -> {
            List<String> row = new ArrayList<>();
            row.add(value);
            row.addAll(levels);
            row.add(TOP);
            rows.add(row);
        });
        return Hierarchy.of(rows, "mapping");
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
