package io.safesegment.core.segment.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureBuilderTest {

    static Table customers(String... ids) {
        return Table.create("customers",
                StringColumn.create("customer_id", ids),
                StringColumn.create("gender", "F", "m", "M", "F").first(ids.length),
                DoubleColumn.create("annual_income", 50_000, Double.NaN, 70_000, 60_000).first(ids.length),
                DateColumn.create("signup_date", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1),
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).first(ids.length));
    }

    static Table transactions() {
        return Table.create("tx",
                StringColumn.create("customer_id", "A", "A", "B", "C", "X"),
                StringColumn.create("timestamp", "2025-03-01T10:00:00", "2025-12-01T09:00:00",
                        "2025-11-21T12:00:00", "2025-12-11T08:00:00", "2025-12-11T08:00:00"),
                StringColumn.create("product_id", "P1", "P2", "P1", "P2", "P1"),
                DoubleColumn.create("amount", 10, 30, 100, 5, 99),
                StringColumn.create("channel", "web", "App", "web", "store", "web"));
    }

    static Table products() {
        return Table.create("products", StringColumn.create("product_id", "P1", "P2"),
                StringColumn.create("category", "Books", "Toys"));
    }

    @Test
    void aggregatesTransactionsPerCustomer() {
        FeatureOptions options = FeatureOptions.of(List.of("order_count", "total_spend", "avg_spend",
                "recency_days", "tenure_days", "channel_shares", "category_shares")).withScaling(Scaling.NONE)
                .withLogColumns(Set.of());
        FeatureMatrix m = FeatureBuilder.build(new CustomerData(customers("A", "B", "C"), transactions(), products()),
                options, Progress.NONE);
        assertEquals(List.of("A", "B", "C"), m.customerIds());
        assertEquals(LocalDate.of(2025, 12, 11), m.referenceDate()); // latest transaction
        assertArrayEquals(new double[] {2, 1, 1}, m.rawColumn("order_count"));
        assertArrayEquals(new double[] {40, 100, 5}, m.rawColumn("total_spend"));
        assertArrayEquals(new double[] {20, 100, 5}, m.rawColumn("avg_spend"));
        assertArrayEquals(new double[] {10, 20, 0}, m.rawColumn("recency_days"));
        assertArrayEquals(new double[] {344, 193, 710}, m.rawColumn("tenure_days"));
        assertArrayEquals(new double[] {0.5, 0, 0}, m.rawColumn("channel:app"));
        assertArrayEquals(new double[] {0.5, 1, 0}, m.rawColumn("category:Books"));
        assertEquals(1, m.report().unmatchedTransactions());
    }

    @Test
    void oneHotMergesCaseVariantsAndMeanImputes() {
        FeatureOptions options = FeatureOptions.of(List.of("gender", "annual_income")).withScaling(Scaling.NONE);
        FeatureMatrix m = FeatureBuilder.build(new CustomerData(customers("A", "B", "C", "D"), null, null),
                options.withLogColumns(Set.of()), Progress.NONE);
        assertEquals(List.of("gender=F", "gender=M", "annual_income"), m.featureNames());
        assertArrayEquals(new double[] {0, 1, 1, 0}, m.rawColumn("gender=M"));
        assertArrayEquals(new double[] {50_000, 60_000, 70_000, 60_000}, m.rawColumn("annual_income"));
        assertEquals(Map.of("annual_income", 1), m.report().missingPerFeature());
        assertEquals(1, m.report().imputedValues());
    }

    @Test
    void dropRowsLeavesOutIncompleteCustomersAndDuplicatesAreDropped() {
        FeatureOptions options = FeatureOptions.of(List.of("annual_income")).withMissing(MissingValues.DROP_ROWS);
        FeatureMatrix m = FeatureBuilder.build(new CustomerData(customers("A", "B", "A", "D"), null, null),
                options, Progress.NONE);
        assertEquals(List.of("A", "D"), m.customerIds()); // B lacks income, the second A is a duplicate
        assertEquals(1, m.report().duplicateIdsDropped());
        assertEquals(1, m.report().rowsDropped());
    }

    @Test
    void scalingsGiveTheirDefiningProperties() {
        double[] v = {1, 2, 3, 4, 100};
        double[] z = v.clone();
        Scalers.apply(z, Scaling.ZSCORE);
        double mean = java.util.Arrays.stream(z).average().orElseThrow();
        double var = java.util.Arrays.stream(z).map(x -> (x - mean) * (x - mean)).sum() / z.length;
        assertEquals(0, mean, 1e-12);
        assertEquals(1, var, 1e-12);
        double[] mm = v.clone();
        Scalers.apply(mm, Scaling.MINMAX);
        assertArrayEquals(new double[] {0, 1 / 99.0, 2 / 99.0, 3 / 99.0, 1}, mm, 1e-12);
        double[] robust = v.clone();
        Scalers.apply(robust, Scaling.ROBUST); // median 3, IQR 4 − 2 = 2
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 48.5}, robust, 1e-12);
        double[] constant = {5, 5, 5};
        Scalers.apply(constant, Scaling.ZSCORE);
        assertArrayEquals(new double[] {0, 0, 0}, constant);
    }

    @Test
    void pseudonymisedIdsGiveTheSameMatrix() {
        Table plain = customers("A", "B", "C");
        Table pseudo = customers("h-91f", "h-0c2", "h-77a");
        Table tx = transactions();
        Table pseudoTx = tx.copy();
        StringColumn ids = pseudoTx.stringColumn("customer_id");
        Map<String, String> map = Map.of("A", "h-91f", "B", "h-0c2", "C", "h-77a", "X", "h-xxx");
        for (int i = 0; i < ids.size(); i++) {
            ids.set(i, map.get(ids.get(i)));
        }
        FeatureMatrix a = FeatureBuilder.build(new CustomerData(plain, tx, null), FeatureOptions.defaults(), Progress.NONE);
        FeatureMatrix b = FeatureBuilder.build(new CustomerData(pseudo, pseudoTx, null), FeatureOptions.defaults(),
                Progress.NONE);
        assertEquals(a.fingerprint(), b.fingerprint());
        assertTrue(!a.rowFingerprint().equals(b.rowFingerprint()));
    }

    @Test
    void unknownFeatureNamesTheAvailableOnes() {
        FeatureException e = assertThrows(FeatureException.class, () -> FeatureBuilder.build(
                new CustomerData(customers("A", "B"), null, null), FeatureOptions.of(List.of("order_count")),
                Progress.NONE));
        assertTrue(e.getMessage().contains("Unknown feature 'order_count'"), e.getMessage());
        assertTrue(e.getMessage().contains("annual_income"), e.getMessage());
        assertTrue(e.getMessage().contains("need a transactions file"), e.getMessage());
    }
}
