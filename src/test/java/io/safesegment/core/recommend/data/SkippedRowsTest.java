package io.safesegment.core.recommend.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ForeignShapes;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transaction lines a recommendation run leaves out or nets are counted, and spend nets returns per pair. */
class SkippedRowsTest {
    @TempDir
    Path dir;

    private RecommendInputs.Loaded retail(Weighting weighting) {
        Path file = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        return new RecommendInputs(file, null, null, TransactionOptions.defaults().withWeighting(weighting), null,
                null).load(Progress.NONE);
    }

    @Test
    void countWeightingSkipsReturnLinesAndLinesWithoutCustomerAndCountsThem() {
        RecommendInputs.Loaded loaded = retail(Weighting.COUNT);
        assertEquals(new SkippedRows(2, 1, 0, 0), loaded.skipped());
        InteractionMatrix m = loaded.matrix();
        assertEquals(1, m.rowLength(m.users().indexOf("12346")), "the purchase stays, the return is skipped");
    }

    @Test
    void spendWeightingNetsAFullyReturnedProductAwayInsteadOfSkippingTheReturn() {
        RecommendInputs.Loaded loaded = retail(Weighting.SPEND);
        assertEquals(new SkippedRows(2, 0, 1, 1), loaded.skipped());
        InteractionMatrix m = loaded.matrix();
        int u = m.users().indexOf("12346");
        assertEquals(0, m.rowLength(u), "bought and returned everything: no interaction");
        int v = m.users().indexOf("12347");
        assertEquals(4, m.rowLength(v));
        assertEquals(12 * 2.10f, m.get(v, m.items().indexOf("85116")), 1e-3f);
    }

    @Test
    void spendWeightingNetsAPartialReturnPerCustomerAndProduct() {
        Path file = ForeignShapes.write(dir, "t.csv", """
                订单,客户,商品,金额,时间
                O1,甲,P1,10.0,2025-01-01T10:00:00
                O2,甲,P1,-4.0,2025-02-01T10:00:00
                O3,乙,P1,3.0,2025-01-05T10:00:00
                O4,乙,P2,-2.0,2025-01-06T10:00:00
                O5,,P2,9.0,2025-01-07T10:00:00
                """);
        TransactionLoad load = TransactionLoader.loadWithReport(file,
                TransactionOptions.defaults().withWeighting(Weighting.SPEND),
                RoleMapping.parse("customer_id=客户,product_id=商品,amount=金额,timestamp=时间"), List.of(),
                Progress.NONE);
        InteractionMatrix m = load.matrix();
        int jia = m.users().indexOf("甲");
        int p1 = m.items().indexOf("P1");
        assertEquals(6f, m.get(jia, p1), 1e-4f, "10 bought, 4 returned");
        assertEquals(java.time.LocalDateTime.of(2025, 1, 1, 10, 0).toEpochSecond(java.time.ZoneOffset.UTC),
                m.time(m.start(jia)), "the return does not make the purchase look later");
        int yi = m.users().indexOf("乙");
        assertFalse(m.contains(yi, m.items().indexOf("P2")), "a return without a purchase is no interaction");
        assertTrue(m.contains(yi, p1));
        assertEquals(new SkippedRows(1, 0, 2, 1), load.skipped());
    }

    @Test
    void ratingsSkipNothing() {
        Path file = ForeignShapes.write(dir, "r.csv", "user,item,rating\nu1,i1,4\n");
        RecommendInputs.Loaded loaded = new RecommendInputs(null, null, file, null, null, null).load(Progress.NONE);
        assertEquals(SkippedRows.NONE, loaded.skipped());
    }
}
