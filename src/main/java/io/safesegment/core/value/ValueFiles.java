package io.safesegment.core.value;

import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The per-customer CSV and the lapsed-customer segment assignment file, written atomically. */
final class ValueFiles {
    /** Segment name of lapsed customers in the assignment file. */
    static final String LAPSED = "lapsed";
    /** Segment name of the others. */
    static final String ACTIVE = "active";

    private ValueFiles() {
    }

    static void writeCustomers(Path file, ClvResult result) throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write("customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_avg_spend,"
                    + "clv,days_inactive,lapsed\n");
            for (CustomerValue c : result.customers()) {
                w.write(csv(c.customerId()));
                w.write(String.format(Locale.ROOT, ",%s,%s,%s,%s,%.6f,%.6f,%s,%s,%s,%b%n", num(c.frequency()),
                        num(c.recency()), num(c.age()), num(c.monetary()), c.probabilityAlive(), c.expectedPurchases(),
                        num(c.expectedSpend()), num(c.clv()), num(c.daysInactive()), c.lapsed()));
            }
            w.flush();
        });
    }

    /** {@code customer_id,segment,segment_name} like the Segments section writes: 1 = lapsed, 2 = active. */
    static Table lapsedSegment(ClvResult result) {
        StringColumn ids = StringColumn.create("customer_id");
        IntColumn segment = IntColumn.create("segment");
        StringColumn name = StringColumn.create("segment_name");
        for (CustomerValue c : result.customers()) {
            ids.append(c.customerId());
            segment.append(c.lapsed() ? 1 : 2);
            name.append(c.lapsed() ? LAPSED : ACTIVE);
        }
        return Table.create("lapsed", ids, segment, name);
    }

    static void writeSegment(Path file, ClvResult result) throws IOException {
        AtomicFiles.write(file, false, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write("customer_id,segment,segment_name\n");
            for (CustomerValue c : result.customers()) {
                w.write(csv(c.customerId()) + (c.lapsed() ? ",1," + LAPSED : ",2," + ACTIVE) + "\n");
            }
            w.flush();
        });
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6f", v);
    }

    static String csv(String s) {
        String t = s; // ids as they are (no formula prefix): Segments and Recommendations join on them
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
