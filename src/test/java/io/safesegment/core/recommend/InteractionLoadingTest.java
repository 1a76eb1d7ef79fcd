package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.RecommendDataException;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionLoadingTest {
    @TempDir
    Path dir;

    private static final String TX = """
            transaction_id,customer_id,timestamp,product_id,quantity,unit_price,amount,channel
            T1,C1,2025-01-01T10:00:00,P1,1,2.00,2.00,web
            T2,C1,2025-01-11T10:00:00,P2,2,3.00,6.00,web
            T3,C1,2025-01-31T10:00:00,P1,1,2.00,2.00,app
            T4,C2,2025-01-31T10:00:00,P2,1,3.00,3.00,store
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void transactionsBecomeCountsSpendOrRecencyWeights() throws IOException {
        Path f = write("tx.csv", TX);
        InteractionMatrix counts = TransactionLoader.load(f, TransactionOptions.defaults(), Progress.NONE);
        assertEquals(2, counts.rows());
        assertEquals(3, counts.nnz());
        assertEquals(2f, counts.get(0, counts.items().indexOf("P1")));
        InteractionMatrix spend = TransactionLoader.load(f, TransactionOptions.defaults().withWeighting(Weighting.SPEND),
                Progress.NONE);
        assertEquals(4f, spend.get(0, spend.items().indexOf("P1")));
        assertEquals(6f, spend.get(0, spend.items().indexOf("P2")));
        // half-life 20 days, latest purchase 2025-01-31: P1 = 0.5^(30/20) + 1, P2 for C1 = 0.5^(20/20) = 0.5
        InteractionMatrix recency = TransactionLoader.load(f, new TransactionOptions(Weighting.RECENCY, 20, 0),
                Progress.NONE);
        assertEquals(Math.pow(0.5, 1.5) + 1, recency.get(0, recency.items().indexOf("P1")), 1e-6);
        assertEquals(0.5, recency.get(0, recency.items().indexOf("P2")), 1e-6);
        InteractionMatrix first = TransactionLoader.load(f, TransactionOptions.defaults().withMaxUsers(1),
                Progress.NONE);
        assertEquals(1, first.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "\t", ","})
    void ratingsDelimiterAndHeaderAreDetected(String delimiter) throws IOException {
        String header = delimiter.equals(",") ? "user,item,rating,timestamp\n" : "";
        Path f = write("r.dat", header + String.join(delimiter, "1", "10", "4", "978300760") + "\n"
                + String.join(delimiter, "1", "20", "3.5", "978300761") + "\n"
                + String.join(delimiter, "2", "10", "5") + "\n");
        InteractionMatrix m = RatingsLoader.load(f, Progress.NONE);
        assertTrue(m.explicit());
        assertEquals(2, m.rows());
        assertEquals(3, m.nnz());
        assertEquals(3.5f, m.get(m.users().indexOf("1"), m.items().indexOf("20")));
        assertEquals(978300761L, m.time(m.start(0) + 1));
    }

    @Test
    void badRatingNamesFileAndLine() throws IOException {
        Path f = write("bad.csv", "1,10,4\n2,11,x\n");
        RecommendDataException e = assertThrows(RecommendDataException.class, () -> RatingsLoader.load(f, Progress.NONE));
        assertTrue(e.getMessage().contains("bad.csv line 2 column 3"), e.getMessage());
    }

    @Test
    void transposeRoundTripsOnRandomMatrices() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            var b = new io.safesegment.core.recommend.data.InteractionBuilder();
            int n = 1 + rnd.nextInt(200);
            for (int x = 0; x < n; x++) {
                b.add("u" + rnd.nextInt(15), "i" + rnd.nextInt(12), 1 + rnd.nextInt(5), rnd.nextInt(1000));
            }
            InteractionMatrix m = b.build(io.safesegment.core.recommend.data.InteractionBuilder.Merge.SUM, null, false);
            InteractionMatrix t = m.transpose();
            assertEquals(m.nnz(), t.nnz());
            for (int u = 0; u < m.rows(); u++) {
                for (int e = m.start(u); e < m.end(u); e++) {
                    assertEquals(m.value(e), t.get(m.col(e), u));
                    if (e > m.start(u)) {
                        assertTrue(m.col(e) > m.col(e - 1), "columns sorted and unique");
                    }
                }
            }
            assertTrue(t.transpose() == m);
        }
    }
}
