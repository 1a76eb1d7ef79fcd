package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureReport;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Segmenting fewer customers than the algorithm needs names the count and the setting to change. */
class FewRowsSegmenterTest {

    private static FeatureMatrix rows(int n) {
        double[] x = new double[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            ids[i] = "客户" + i;
        }
        return new FeatureMatrix(List.of(ids), List.of("x"), new double[][] {x}, new double[][] {x.clone()},
                Map.of(), Map.of(), LocalDate.of(2025, 1, 1), new FeatureReport(n, 0, Map.of(), 0, 0, 0));
    }

    @Test
    void dbscanWithAutomaticEpsilonOnTooFewRowsNamesMinPoints() {
        SegmentOptions options = SegmentOptions.of(Algorithm.DBSCAN, 5, 1).withDbscan(10, 0);
        String m = assertThrows(IllegalArgumentException.class,
                () -> Segmenter.runDetailed(rows(3), options, Progress.NONE)).getMessage();
        assertTrue(m.contains("minPoints = 10 needs at least 10 rows, got 3") && m.contains("give an epsilon"), m);
    }

    @Test
    void hierarchicalOfOneCustomerIsRefusedInsteadOfAHeapSelectError() {
        String m = assertThrows(IllegalArgumentException.class, () -> Segmenter.runDetailed(rows(1),
                SegmentOptions.of(Algorithm.HIERARCHICAL, 1, 1), Progress.NONE)).getMessage();
        assertTrue(m.contains("got 1") && !m.contains("HeapSelect"), m);
    }
}
