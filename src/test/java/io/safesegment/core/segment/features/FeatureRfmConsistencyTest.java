package io.safesegment.core.segment.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.safesegment.core.data.ForeignShapes;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Segment features count orders, returns and missing amounts by the same rules as RFM. */
class FeatureRfmConsistencyTest {
    private static final String RETAIL_CUSTOMERS = "CustomerID,Country\n17850,UK\n12346,UK\n12347,IS\n13047,UK\n";

    @TempDir
    Path dir;

    private CustomerData retail(RoleMapping transactionRoles) {
        Table customers = SegmentTables.read(ForeignShapes.write(dir, "c.csv", RETAIL_CUSTOMERS), Progress.NONE);
        Table tx = SegmentTables.read(ForeignShapes.write(dir, "retail.csv", ForeignShapes.RETAIL), Progress.NONE);
        return new CustomerData(customers, tx, null, null, transactionRoles, null);
    }

    private static double feature(FeatureMatrix m, String feature, String customer) {
        return m.rawColumn(feature)[m.customerIds().indexOf(customer)];
    }

    @Test
    void orderCountCountsDistinctInvoicesWhenAnOrderIdIsMappedLikeRfm() {
        CustomerData data = retail(null); // InvoiceNo is suggested as the order id
        FeatureMatrix m = FeatureBuilder.build(data, FeatureOptions.of(List.of("order_count", "total_spend",
                "recency_days")), Progress.NONE);
        assertEquals(FeatureReport.ORDERS, m.report().frequencyCounts());
        assertEquals(2, feature(m, "order_count", "12347"), "two invoices of two lines each");
        assertEquals(1, feature(m, "order_count", "12346"), "the return invoice is no order");
        assertEquals(0, feature(m, "total_spend", "12346"), 1e-6, "the return is netted");
        assertEquals(2, m.report().excludedTransactionsWithoutCustomer());
        RfmResult rfm = RfmAnalyzer.analyze(data.transactions(), RfmOptions.defaults(), Progress.NONE);
        assertEquals(rfm.frequencyCounts(), m.report().frequencyCounts());
        for (RfmResult.Customer c : rfm.customers()) {
            assertEquals(c.frequency(), feature(m, "order_count", c.customerId()), c.customerId());
            assertEquals(c.monetary(), feature(m, "total_spend", c.customerId()), 1e-6, c.customerId());
            assertEquals(c.recency(), feature(m, "recency_days", c.customerId()), c.customerId());
        }
    }

    @Test
    void withoutAnOrderIdOrderCountCountsLineItemsAndSaysSo() {
        CustomerData data = retail(RoleMapping.parse(
                "customer_id=CustomerID,timestamp=InvoiceDate,quantity=Quantity,unit_price=UnitPrice"));
        FeatureMatrix m = FeatureBuilder.build(data, FeatureOptions.of(List.of("order_count")), Progress.NONE);
        assertEquals(FeatureReport.LINE_ITEMS, m.report().frequencyCounts());
        assertEquals(4, feature(m, "order_count", "12347"));
        assertEquals(FeatureUnit.LINE_ITEMS, FeatureUnit.of("order_count", m.report()));
    }

    @Test
    void aNaNAmountIsExcludedFromFeaturesExactlyAsFromRfm() {
        Table customers = Table.create("c", StringColumn.create("kunde", "A", "B"), DoubleColumn.create("x", 1, 2));
        Table tx = Table.create("t", StringColumn.create("kunde", "A", "A", "B", "B"),
                StringColumn.create("wann", "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04"),
                DoubleColumn.create("bezahlt", 10, 5, Double.NaN, 7));
        RoleMapping roles = RoleMapping.parse("customer_id=kunde,timestamp=wann,amount=bezahlt");
        FeatureMatrix m = FeatureBuilder.build(CustomerData.withRoles(customers, tx, null, roles),
                FeatureOptions.of(List.of("order_count", "total_spend", "avg_spend")), Progress.NONE);
        RfmResult rfm = RfmAnalyzer.analyze(tx, RfmOptions.defaults().withRoles(roles), Progress.NONE);
        assertEquals(1, m.report().transactionsWithoutAmount());
        assertEquals(rfm.excludedRowsWithoutAmount(), m.report().transactionsWithoutAmount());
        assertEquals(1, feature(m, "order_count", "B"), "the NaN line is no purchase");
        assertEquals(7, feature(m, "total_spend", "B"), 1e-9);
        assertEquals(7, feature(m, "avg_spend", "B"), 1e-9, "average over purchases with an amount");
        assertEquals(rfm.customers().get(1).frequency(), feature(m, "order_count", "B"));
    }

    @Test
    void withoutTransactionsThereIsNoFrequencyRule() {
        Table customers = Table.create("c", StringColumn.create("CustomerID", "1", "2"), DoubleColumn.create("x", 1, 2));
        FeatureMatrix m = FeatureBuilder.build(new CustomerData(customers, null, null),
                FeatureOptions.of(List.of("x")), Progress.NONE);
        assertNull(m.report().frequencyCounts());
    }

    @Test
    void unitsFollowTheFeatureNames() {
        assertEquals(FeatureUnit.DAYS, FeatureUnit.of("recency_days", null));
        assertEquals(FeatureUnit.DAYS, FeatureUnit.of("注册日期_days", null));
        assertEquals(FeatureUnit.MONEY, FeatureUnit.of("total_spend", null));
        assertEquals(FeatureUnit.YEARS, FeatureUnit.of("age", null));
        assertEquals(FeatureUnit.SHARE, FeatureUnit.of("category:玩具", null));
        assertEquals(FeatureUnit.INDICATOR, FeatureUnit.of("性别=女", null));
        assertEquals(FeatureUnit.AS_IN_FILE, FeatureUnit.of("年收入", null));
        assertEquals("lineItems", FeatureUnit.LINE_ITEMS.jsonName());
    }
}
