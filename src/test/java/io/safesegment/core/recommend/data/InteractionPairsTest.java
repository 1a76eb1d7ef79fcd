package io.safesegment.core.recommend.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvRecordReader;
import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommendation entry points for interactions aggregated elsewhere (the Spark engine): (customer, product)
 * pairs merged in file order with {@link InteractionPairs.Accumulator} and turned into a matrix with
 * {@link TransactionLoader#fromPairs} / {@link RatingsLoader#fromPairs} equal the loaders' matrices on the file —
 * same customer and product order, the same float values bit for bit, the same times, the same skipped counts —
 * under count, spend (returns netted) and recency weighting, and for re-rated explicit ratings.
 */
class InteractionPairsTest {
    @TempDir
    Path dir;

    @Test
    void pairsGiveTheTransactionsLoadersMatrixUnderEveryWeighting() throws Exception {
        Path file = shuffledSample();
        Set<String> catalogue = Set.of("P00001", "P99999", "P00500"); // one never bought: a cold item
        for (Weighting w : Weighting.values()) {
            TransactionOptions options = TransactionOptions.defaults().withWeighting(w);
            TransactionLoad desktop = TransactionLoader.loadWithReport(file, options, RoleMapping.empty(), catalogue,
                    Progress.NONE);
            TransactionLoad grouped = aggregate(file, options, catalogue);
            assertSame(desktop.matrix(), grouped.matrix(), w.toString());
            assertEquals(desktop.skipped(), grouped.skipped());
        }
        assertTrue(TransactionLoader.loadWithReport(file, TransactionOptions.defaults().withWeighting(Weighting.SPEND),
                RoleMapping.empty(), Set.of(), Progress.NONE).skipped().nettedReturnLines() > 0);
    }

    @Test
    void pairsGiveTheRatingsLoadersMatrixWithReRatings() throws Exception {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("user_id,item_id,rating,timestamp\n");
        for (int i = 0; i < 3000; i++) {
            // few users and items, so pairs are re-rated, sometimes at an equal or earlier time
            csv.append(String.format(Locale.ROOT, "U%03d,I%02d,%.1f,%d%n", random.nextInt(120), random.nextInt(40),
                    1 + random.nextInt(9) / 2.0, 1_700_000_000L + random.nextInt(50) * 3600L));
            if (i % 500 == 7) {
                csv.append(",I01,3.0,1700000000\n"); // a rating by nobody in particular
            }
        }
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, csv);
        InteractionMatrix desktop = RatingsLoader.load(file, RoleMapping.empty(), Progress.NONE);
        List<String> lines = Files.readAllLines(file);
        RatingsLoader.Layout layout = RatingsLoader.Layout.of(lines.get(0), RoleMapping.empty(), file);
        assertTrue(layout.header());
        Map<String, InteractionPairs.Accumulator> merged = new LinkedHashMap<>();
        Map<String, long[]> first = new LinkedHashMap<>();
        long ratings = 0;
        for (int n = 1; n < lines.size(); n++) {
            RatingsLoader.Rating r = RatingsLoader.rating(lines.get(n), layout, file, n + 1);
            if (r == null) {
                continue;
            }
            ratings++;
            String key = r.user() + "\u0000" + r.item();
            merged.computeIfAbsent(key, k -> new InteractionPairs.Accumulator(InteractionBuilder.Merge.LATEST))
                    .add(r.rating(), r.time());
            first.putIfAbsent(key, new long[] {n});
        }
        List<InteractionPairs.Pair> pairs = new ArrayList<>();
        merged.forEach((key, acc) -> pairs.add(new InteractionPairs.Pair(key.substring(0, key.indexOf('\u0000')),
                key.substring(key.indexOf('\u0000') + 1), first.get(key)[0], acc.value(), acc.time())));
        Collections.shuffle(pairs, new Random(1)); // an engine's pairs come in any order
        assertSame(desktop, RatingsLoader.fromPairs(pairs, ratings, file), "ratings");
    }

    private Path shuffledSample() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("sample-datasets/transactions.csv")));
        List<String> body = new ArrayList<>(lines.subList(1, 20_001));
        Collections.shuffle(body, new Random(22));
        body.add(3, "T999999997,,2023-01-05T10:00:00,P00001,1,5.00,5.00,web");
        String[] f = body.get(10).split(",");
        // a full return of an earlier purchase, and a partial one
        body.add(40, String.join(",", f[0] + "R", f[1], "2025-12-31T10:00:00", f[3], "-" + f[4], f[5], "-" + f[6],
                f[7]));
        String[] g = body.get(20).split(",");
        body.add(60, String.join(",", g[0] + "R", g[1], "2025-12-30T10:00:00", g[3], "-1", "1.00", "-1.00", g[7]));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        out.addAll(body);
        Path file = dir.resolve("tx.csv");
        Files.write(file, out);
        return file;
    }

    /** What an engine does: classify each line, group per pair in file order, merge, then build from the pairs. */
    private static TransactionLoad aggregate(Path file, TransactionOptions options, Set<String> catalogue)
            throws Exception {
        List<String[]> rows = new ArrayList<>();
        List<String> header;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            CsvRecordReader r = new CsvRecordReader(in, "tx.csv", ',', '"', 1 << 20);
            r.next();
            header = Csv.header(r);
            while (r.next()) {
                String[] cells = new String[r.fieldCount()];
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = r.field(k);
                }
                rows.add(cells);
            }
        }
        TransactionLoader.Columns c = TransactionLoader.Columns.of(header, RoleMapping.empty(), options, file);
        boolean spend = options.weighting() == Weighting.SPEND;
        long withoutCustomer = 0;
        long returnLines = 0;
        long netted = 0;
        long latest = Long.MIN_VALUE;
        List<Object[]> events = new ArrayList<>(); // customer, event, row
        for (int n = 0; n < rows.size(); n++) {
            String[] cells = rows.get(n);
            String customer = TransactionLoader.customer(k -> cells[k], c, spend, file, n + 2);
            if (customer == null) {
                withoutCustomer++;
                continue;
            }
            if (customer == TransactionLoader.RETURN_SKIPPED) {
                returnLines++;
                continue;
            }
            TransactionLoader.Event e = TransactionLoader.event(k -> cells[k], c, spend, customer, file, n + 2);
            netted += e.netted() ? 1 : 0;
            latest = Math.max(latest, e.time());
            events.add(new Object[] {customer, e, (long) n});
        }
        double halfLife = TransactionLoader.halfLifeSeconds(options);
        Map<String, InteractionPairs.Accumulator> merged = new LinkedHashMap<>();
        Map<String, Long> first = new LinkedHashMap<>();
        for (Object[] ev : events) {
            TransactionLoader.Event e = (TransactionLoader.Event) ev[1];
            String key = ev[0] + "\u0000" + e.product();
            double w = options.weighting() == Weighting.RECENCY
                    ? TransactionLoader.recencyWeight(e.value(), e.time(), latest, halfLife) : e.value();
            merged.computeIfAbsent(key, k -> new InteractionPairs.Accumulator(InteractionBuilder.Merge.SUM))
                    .add(w, e.time());
            first.putIfAbsent(key, (Long) ev[2]);
        }
        List<InteractionPairs.Pair> pairs = new ArrayList<>();
        merged.forEach((key, acc) -> pairs.add(new InteractionPairs.Pair(key.substring(0, key.indexOf('\u0000')),
                key.substring(key.indexOf('\u0000') + 1), first.get(key), acc.value(), acc.time())));
        Collections.shuffle(pairs, new Random(3));
        return TransactionLoader.fromPairs(pairs, catalogue, file, withoutCustomer, returnLines, netted);
    }

    private static void assertSame(InteractionMatrix a, InteractionMatrix b, String what) {
        assertEquals(a.users().size(), b.users().size(), what);
        assertEquals(a.items().size(), b.items().size(), what);
        for (int u = 0; u < a.users().size(); u++) {
            assertEquals(a.users().id(u), b.users().id(u), what);
        }
        for (int i = 0; i < a.items().size(); i++) {
            assertEquals(a.items().id(i), b.items().id(i), what);
        }
        assertEquals(a.nnz(), b.nnz(), what);
        assertEquals(a.hasTimes(), b.hasTimes(), what);
        assertEquals(a.explicit(), b.explicit(), what);
        for (int r = 0; r < a.rows(); r++) {
            assertEquals(a.start(r), b.start(r), what);
            for (int e = a.start(r); e < a.end(r); e++) {
                assertEquals(a.col(e), b.col(e), what);
                assertEquals(Float.floatToIntBits(a.value(e)), Float.floatToIntBits(b.value(e)), what + " row " + r);
                if (a.hasTimes()) {
                    assertEquals(a.time(e), b.time(e), what);
                }
            }
        }
    }
}
