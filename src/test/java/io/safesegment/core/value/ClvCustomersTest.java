package io.safesegment.core.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The CLV entry point for transactions grouped per customer elsewhere (the Spark engine): one row per customer built
 * with {@link ClvCustomers#customer} from each customer's purchases gives the transactions file's result to the byte
 * (per-customer file, lapsed list, hold-out check), by day and by week, on the sample transactions shuffled so that
 * customers' purchases are interleaved.
 */
class ClvCustomersTest {
    private static final RoleMapping ROLES = RoleMapping.parse(
            "customer_id=customer_id,timestamp=timestamp,amount=amount");

    @TempDir
    Path dir;

    @Test
    void groupedCustomersGiveTheTransactionsFilesResultToTheByte() throws Exception {
        Path tx = shuffledSample();
        for (ClvOptions options : List.of(ClvOptions.defaults(), options(TimeUnit.DAY, LocalDate.of(2024, 6, 30)),
                options(TimeUnit.WEEK, LocalDate.of(2024, 3, 31)))) {
            ClvResult desktop = ValueService.clv(new ValueService.ClvRequest(tx, null, ROLES, null, options,
                    dir.resolve("desktop.csv"), dir.resolve("desktop-lapsed.csv"), null), Progress.NONE);
            ClvResult grouped = ValueService.clv(grouped(tx, options), options, Progress.NONE);
            ValueService.writeCustomers(dir.resolve("grouped.csv"), grouped);
            ValueService.writeLapsedSegment(dir.resolve("grouped-lapsed.csv"), grouped);
            assertArrayEquals(Files.readAllBytes(dir.resolve("desktop.csv")),
                    Files.readAllBytes(dir.resolve("grouped.csv")), options.toString());
            assertArrayEquals(Files.readAllBytes(dir.resolve("desktop-lapsed.csv")),
                    Files.readAllBytes(dir.resolve("grouped-lapsed.csv")));
            assertEquals(desktop.bgnbd(), grouped.bgnbd());
            assertEquals(desktop.gammaGamma(), grouped.gammaGamma());
            assertEquals(desktop.exclusions(), grouped.exclusions());
            assertEquals(desktop.holdout(), grouped.holdout());
            assertEquals(options.calibrationEnd() != null, desktop.holdout() != null);
            assertTrue(desktop.customers().size() > 4000);
        }
    }

    @Test
    void aCalibrationEndAfterTheLastPurchaseIsRefusedAsOnTheFile() throws Exception {
        Path tx = shuffledSample();
        ClvOptions late = options(TimeUnit.DAY, LocalDate.of(2030, 1, 1));
        ValueException file = assertThrows(ValueException.class, () -> ValueService.clv(new ValueService.ClvRequest(
                tx, null, ROLES, null, late, null, null, null), Progress.NONE));
        ValueException grouped = assertThrows(ValueException.class,
                () -> ValueService.clv(grouped(tx, late), late, Progress.NONE));
        assertEquals(file.message(), grouped.message());
    }

    private static ClvOptions options(TimeUnit unit, LocalDate calibrationEnd) {
        ClvOptions d = ClvOptions.defaults();
        return new ClvOptions(unit, calibrationEnd, d.horizon(), d.clvMonths(), d.monthlyDiscount(), d.penalizer(),
                d.minRepeatBuyers(), d.maxSpendCorrelation(), d.churn());
    }

    /** The sample's lines in a seeded random order, with a row without customer and a return. */
    private Path shuffledSample() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/transactions.csv")));
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(22));
        body.add(5, "T999999998,,2023-01-05T10:00:00,P00001,1,5.00,5.00,web");
        body.add(9, "T999999999,C0000001,2023-01-06T10:00:00,P00001,-1,5.00,-5.00,web");
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(body);
        Path file = dir.resolve("tx.csv");
        Files.write(file, out);
        return file;
    }

    /** What an engine does: read every row by role, group per customer in file order, one row per customer. */
    private static ClvCustomers grouped(Path file, ClvOptions options) {
        Table t = SegmentTables.read(file, ROLES, Progress.NONE);
        RoleMapping roles = RoleSuggester.resolve(t, ROLES);
        Column<?> id = t.column(roles.column(SemanticRole.CUSTOMER_ID).orElseThrow());
        Column<?> time = t.column(roles.column(SemanticRole.TIMESTAMP).orElseThrow());
        Column<?> amount = t.column(roles.column(SemanticRole.AMOUNT).orElseThrow());
        Map<String, List<double[]>> purchases = new LinkedHashMap<>();
        int noCustomer = 0;
        int returns = 0;
        long latest = Long.MIN_VALUE;
        for (int r = 0; r < t.rowCount(); r++) {
            String cid = ColumnValues.customerId(id, r);
            if (cid == null) {
                noCustomer++;
                continue;
            }
            double a = ColumnValues.number(amount, r);
            if (a < 0) {
                returns++;
                continue;
            }
            long day = ColumnValues.date(time, r).toEpochDay();
            latest = Math.max(latest, day);
            purchases.computeIfAbsent(cid, k -> new ArrayList<>()).add(new double[] {day, a});
        }
        List<ClvCustomers.Customer> rows = new ArrayList<>();
        purchases.forEach((cid, list) -> rows.add(ClvCustomers.customer(cid,
                list.stream().mapToInt(p -> (int) p[0]).toArray(), list.stream().mapToDouble(p -> p[1]).toArray(),
                true, options.unit(), options.calibrationEnd())));
        return new ClvCustomers(rows, true, LocalDate.ofEpochDay(latest),
                new PurchaseLog.Exclusions(noCustomer, 0, 0, returns));
    }
}
