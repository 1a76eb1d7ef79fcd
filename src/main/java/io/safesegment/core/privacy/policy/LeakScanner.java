package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.EntityType;
import io.safesegment.core.privacy.detect.Recognizers;
import io.safesegment.core.privacy.detect.ValueRecognizer;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The last check before a masked export leaves: no original direct-identifier value may survive anywhere in the
 * output, and no column marked as a direct identifier may still hold values that a recogniser accepts as a real
 * email, phone, id number… (values containing the mask character {@code *} are masked and not counted).
 *
 * <p>Reports counts per column only; it never echoes the leaked values themselves.
 */
public final class LeakScanner {
    private LeakScanner() {
    }

    /**
     * Scans {@code masked} against {@code original}.
     *
     * @param roles column roles of the original (from the policy)
     */
    public static LeakReport scan(Table original, Table masked, Map<String, ColumnRole> roles, Progress progress) {
        Set<String> identifiers = new HashSet<>();
        List<String> directColumns = new ArrayList<>();
        roles.forEach((column, role) -> {
            if (role == ColumnRole.DIRECT_IDENTIFIER && original.columnNames().contains(column)) {
                directColumns.add(column);
                Column<?> c = original.column(column);
                for (int i = 0; i < c.size(); i++) {
                    if (!c.isMissing(i)) {
                        String v = c.getString(i).strip();
                        if (v.length() >= 3) { // one- or two-character values are not identifying on their own
                            identifiers.add(v);
                        }
                    }
                }
            }
        });
        List<ValueRecognizer> strong = Recognizers.all().stream().filter(r -> r.specificity() >= 0.9).toList();
        List<LeakReport.ColumnLeak> leaks = new ArrayList<>();
        int n = masked.columnCount();
        for (int ci = 0; ci < n; ci++) {
            progress.checkCancelled();
            Column<?> column = masked.column(ci);
            progress.update((double) ci / n, "Leak scan: " + column.name());
            boolean direct = directColumns.contains(column.name());
            int survivors = 0;
            int patterns = 0;
            Set<EntityType> entities = new java.util.TreeSet<>();
            for (int i = 0; i < column.size(); i++) {
                if (column.isMissing(i)) {
                    continue;
                }
                String v = column.getString(i).strip();
                if (identifiers.contains(v)) {
                    survivors++;
                } else if (direct && v.indexOf('*') < 0) {
                    for (ValueRecognizer r : strong) {
                        if (r.matches(v)) {
                            patterns++;
                            entities.add(r.entity());
                            break;
                        }
                    }
                }
            }
            if (survivors > 0 || patterns > 0) {
                leaks.add(new LeakReport.ColumnLeak(column.name(), survivors, patterns, List.copyOf(entities)));
            }
        }
        progress.update(1, "Leak scan complete");
        return new LeakReport(leaks);
    }
}
