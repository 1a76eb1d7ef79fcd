package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ForeignShapes;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.RecommendDataException;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureException;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Segment, RFM and recommendation inputs on files whose columns are all named unlike the bundled samples. */
class ForeignShapesTest {
    @TempDir
    Path dir;

    @Test
    void mallFeaturesWithoutAnyDateNeedNoReferenceDate() {
        CustomerData data = SegmentTables.read(ForeignShapes.write(dir, "mall.csv", ForeignShapes.MALL), null, null,
                Progress.NONE);
        FeatureMatrix m = FeatureBuilder.build(data, FeatureOptions.of(List.of("x", "Spending_Score")), Progress.NONE);
        assertEquals(12, m.rows());
        assertEquals(List.of("x", "Spending_Score"), m.featureNames());
        assertNull(m.referenceDate());
        assertEquals("CustomerID", m.report().roles().get("customer_id"));
    }

    @Test
    void aDayFeatureWithoutAnyDateSaysItNeedsAReferenceDate() {
        Table customers = Table.create("c", StringColumn.create("id", "A", "B"), DoubleColumn.create("x", 1, 2));
        Table tx = Table.create("t", StringColumn.create("id", "A", "B"), DoubleColumn.create("amount", 1, 2),
                StringColumn.create("timestamp", "", ""));
        CustomerData data = CustomerData.withRoles(customers, tx, null, RoleMapping.parse("customer_id=id"));
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureBuilder.build(data,
                FeatureOptions.of(List.of("x", "recency_days")), Progress.NONE));
        assertTrue(e.getMessage().contains("reference date"), e.getMessage());
    }

    @Test
    void anAllMissingFeatureColumnIsRefusedNotDropped() {
        Table customers = Table.create("c", StringColumn.create("CustomerID", "1", "2", "3"),
                DoubleColumn.create("x", 1, 2, 3), StringColumn.create("notes", "", "", ""));
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureBuilder.build(
                new CustomerData(customers, null, null), FeatureOptions.of(List.of("x", "notes")), Progress.NONE));
        assertTrue(e.getMessage().contains("'notes' has no values"), e.getMessage());
    }

    @Test
    void customerRowsWithoutIdAreExcludedAndCounted() {
        Table customers = Table.create("c", StringColumn.create("CustomerID", "1", "NA", "", "2"),
                DoubleColumn.create("x", 1, 2, 3, 4));
        FeatureMatrix m = FeatureBuilder.build(new CustomerData(customers, null, null),
                FeatureOptions.of(List.of("x")), Progress.NONE);
        assertEquals(List.of("1", "2"), m.customerIds());
        assertEquals(2, m.report().excludedRowsWithoutCustomer());
    }

    @Test
    void rfmOnOnlineRetailCountsInvoicesExcludesMissingCustomersAndLabelsNetReturners() {
        Table tx = SegmentTables.read(ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL), Progress.NONE);
        RfmResult r = RfmAnalyzer.analyze(tx, RfmOptions.defaults(), Progress.NONE);
        assertEquals(RfmAnalyzer.ORDERS, r.frequencyCounts());
        assertEquals(2, r.excludedRowsWithoutCustomer());
        assertEquals("amount = Quantity × UnitPrice", r.derivedAmount());
        Map<String, RfmResult.Customer> byId = r.customers().stream()
                .collect(Collectors.toMap(RfmResult.Customer::customerId, c -> c));
        assertEquals(List.of("12346", "12347", "13047", "17850"), byId.keySet().stream().sorted().toList());
        assertEquals(2, byId.get("12347").frequency(), "two invoices of two lines each");
        assertEquals(77.84, byId.get("12347").monetary(), 1e-9);
        assertEquals(0, byId.get("12346").monetary(), 1e-9);
        assertEquals(RfmAnalyzer.NO_NET_SPEND, byId.get("12346").segment());
        assertTrue(r.customers().stream().filter(c -> !c.customerId().equals("12346"))
                .noneMatch(c -> c.segment().equals(RfmAnalyzer.NO_NET_SPEND)));
    }

    @Test
    void rfmWithoutOrderIdCountsLineItemsAndExcludesNaNAmountsVisibly() {
        Table tx = Table.create("t", StringColumn.create("buyer", "A", "A", "B", "B"),
                StringColumn.create("when", "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04"),
                DoubleColumn.create("paid", 10, 5, Double.NaN, 7));
        RfmResult r = RfmAnalyzer.analyze(tx, RfmOptions.defaults()
                .withRoles(RoleMapping.parse("customer_id=buyer,timestamp=when,amount=paid")), Progress.NONE);
        assertEquals(RfmAnalyzer.LINE_ITEMS, r.frequencyCounts());
        assertEquals(1, r.excludedRowsWithoutAmount());
        RfmResult.Customer a = r.customers().getFirst();
        assertEquals(2, a.frequency());
        assertEquals(1, r.customers().get(1).frequency(), "the NaN line is no purchase");
        assertEquals(7, r.customers().get(1).monetary(), 1e-9);
    }

    @Test
    void rfmErrorSaysWhichRoleIsMissingAndHowToMapIt() {
        Table tx = Table.create("t", StringColumn.create("wer", "A"), StringColumn.create("wann", "2025-01-01"));
        FeatureException e = assertThrows(FeatureException.class, () -> RfmAnalyzer.analyze(tx,
                RfmOptions.defaults(), Progress.NONE));
        assertTrue(e.getMessage().contains("customer_id") && e.getMessage().contains("--map"), e.getMessage());
    }

    @Test
    void chineseColumnsSegmentWithDerivedSpend() {
        CustomerData data = SegmentTables.read(ForeignShapes.write(dir, "客户.csv", ForeignShapes.CHINESE_CUSTOMERS),
                ForeignShapes.write(dir, "交易.csv", ForeignShapes.CHINESE_TRANSACTIONS), null, Progress.NONE);
        FeatureMatrix m = FeatureBuilder.build(data, FeatureOptions.of(List.of("order_count", "total_spend",
                "recency_days", "年收入")), Progress.NONE);
        assertEquals(6, m.rows());
        int c001 = m.customerIds().indexOf("C001");
        assertEquals(27.5, m.rawColumn("total_spend")[c001], 1e-9);
        assertEquals("amount = 数量 × 单价", m.report().derivedAmount());
    }

    @Test
    void recommendationInputsFromOnlineRetailHaveNoNaCustomerAndNoReturns() {
        Path retail = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        RecommendInputs.Loaded loaded = new RecommendInputs(retail, null, null, TransactionOptions.defaults(), null,
                null).load(Progress.NONE);
        InteractionMatrix m = loaded.matrix();
        assertEquals(4, m.users().size());
        assertEquals(-1, m.users().indexOf("NA"));
        int u = m.users().indexOf("12346");
        assertEquals(1, m.rowLength(u), "the return line is no second interaction");
    }

    @Test
    void aMapToAColumnNoFileHasIsRefused() {
        Path retail = ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL);
        RecommendDataException e = assertThrows(RecommendDataException.class, () -> new RecommendInputs(retail,
                null, null, TransactionOptions.defaults(), null, null, RoleMapping.parse("customer_id=Kunde"))
                .load(Progress.NONE));
        assertTrue(e.getMessage().contains("Kunde"), e.getMessage());
    }

    @Test
    void ratingsWithNaNOrNoneAreRefused() {
        Path nan = ForeignShapes.write(dir, "nan.csv", "userId,movieId,rating\n1,10,4\n2,10,NaN\n");
        RecommendDataException e = assertThrows(RecommendDataException.class,
                () -> RatingsLoader.load(nan, Progress.NONE));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Path inf = ForeignShapes.write(dir, "inf.csv", "1,10,Infinity\n");
        assertThrows(RecommendDataException.class, () -> RatingsLoader.load(inf, Progress.NONE));
        Path empty = ForeignShapes.write(dir, "empty.csv", "userId,movieId,rating\n");
        e = assertThrows(RecommendDataException.class, () -> RatingsLoader.load(empty, Progress.NONE));
        assertTrue(e.getMessage().contains("no ratings"), e.getMessage());
    }

    @Test
    void ratingsWithForeignHeaderAreReadByRole() {
        Path f = ForeignShapes.write(dir, "r.csv", "评分,用户ID,商品编号\n5,u1,p1\n3,u2,p1\n");
        InteractionMatrix m = RatingsLoader.load(f, Progress.NONE);
        assertEquals(2, m.users().size());
        assertEquals(5f, m.get(m.users().indexOf("u1"), m.items().indexOf("p1")));
    }
}
