package io.safesegment.core.segment.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentProfilerTest {

    static FeatureMatrix matrix() {
        double[] spend = {100, 100, 100, 10, 10, 10};
        double[] recency = {5, 6, 4, 300, 320, 280};
        double[] zSpend = zscore(spend);
        double[] zRecency = zscore(recency);
        return new FeatureMatrix(List.of("a", "b", "c", "d", "e", "f"), List.of("avg_spend", "recency_days"),
                new double[][] {spend, recency}, new double[][] {zSpend, zRecency},
                Map.of("city", new String[] {"Rome", "Rome", "Oslo", "Oslo", "Oslo", "Oslo"}), Map.of(),
                LocalDate.of(2025, 12, 31), new FeatureReport(6, 0, Map.of(), 0, 0, 0));
    }

    static double[] zscore(double[] v) {
        double m = java.util.Arrays.stream(v).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length);
        return java.util.Arrays.stream(v).map(x -> (x - m) / sd).toArray();
    }

    @Test
    void profilesCompareSegmentsWithThePopulationAndNameThem() {
        List<SegmentProfile> p = SegmentProfiler.profile(matrix(), new int[] {0, 0, 0, 1, 1, 1}, List.of("A", "B"));
        assertEquals(2, p.size());
        SegmentProfile big = p.getFirst();
        assertEquals(3, big.size());
        assertEquals(0.5, big.share(), 1e-12);
        SegmentProfile.FeatureStat spend = big.features().getFirst();
        assertEquals(100, spend.mean(), 1e-12);
        assertEquals(100, spend.median(), 1e-12);
        assertEquals(55, spend.overallMean(), 1e-12);
        assertTrue(spend.z() > 0.9);
        assertEquals("High spend · recent", big.description());
        assertEquals("Low spend · lapsed", p.get(1).description());
        assertEquals("Rome", big.topCategories().get("city").getFirst().value());
        assertEquals(2.0 / 3, big.topCategories().get("city").getFirst().share(), 1e-12);
    }

    @Test
    void labelerFallsBackToFeatureNamesAndAverage() {
        assertEquals("High basket size", SegmentLabeler.label(List.of(
                new SegmentProfile.FeatureStat("basket_size", 0, 0, 0, 0, 1.2),
                new SegmentProfile.FeatureStat("order_count", 0, 0, 0, 0, 0.1))));
        assertEquals("Average", SegmentLabeler.label(List.of(
                new SegmentProfile.FeatureStat("order_count", 0, 0, 0, 0, 0.2))));
    }

    @Test
    void exportsWriteOneRowPerCustomerAndPerSegmentFeature(@TempDir Path dir) throws Exception {
        FeatureMatrix m = matrix();
        int[] labels = {0, 0, 0, 1, 1, -1};
        Path assignments = dir.resolve("a.csv");
        SegmentExports.writeAssignments(assignments, m.customerIds(), labels, List.of("Big, spenders", "Small"));
        List<String> lines = Files.readAllLines(assignments);
        assertEquals("customer_id,segment,segment_name", lines.getFirst());
        assertEquals("a,0,\"Big, spenders\"", lines.get(1));
        assertEquals("f,-1,Noise", lines.get(6));
        Path profiles = dir.resolve("p.csv");
        SegmentExports.writeProfiles(profiles, SegmentProfiler.profile(m, labels, List.of("Big", "Small")));
        assertEquals(1 + 3 * 2, Files.readAllLines(profiles).size());
    }
}
