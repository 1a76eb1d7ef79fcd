package io.safesegment.core.segment.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherAlgorithmsTest {

    @Test
    void dbscanFindsTwoDenseGroupsAndMarksTheLoneOutlierAsNoise() {
        double[][] rows = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10}, {11, 11}, {50, 50}};
        Dbscan.Result r = Dbscan.fit(Points.fromRows(rows), new Dbscan.Options(3, 1.5), Progress.NONE);
        assertEquals(2, r.clusters());
        assertEquals(1, r.noise());
        assertEquals(Dbscan.NOISE, r.labels()[8]);
        assertEquals(r.labels()[0], r.labels()[3]);
        assertEquals(r.labels()[4], r.labels()[7]);
        assertTrue(r.labels()[0] != r.labels()[4]);
    }

    @Test
    void kDistanceKneeSeparatesBlobRadiusFromOutliers() {
        Blobs b = Blobs.four(3);
        KDistance.Curve curve = KDistance.compute(b.points, 4, 1000, 1);
        for (int i = 1; i < curve.distances().length; i++) {
            assertTrue(curve.distances()[i] >= curve.distances()[i - 1]);
        }
        // Within a unit-sd blob of 100 points the 4th neighbour is well under 2 apart; blobs are 10 apart.
        assertTrue(curve.suggestedEpsilon() > 0.1 && curve.suggestedEpsilon() < 3, "" + curve.suggestedEpsilon());
        Dbscan.Result r = Dbscan.fit(b.points, new Dbscan.Options(5, curve.suggestedEpsilon()), Progress.NONE);
        assertEquals(4, r.clusters());
    }

    @Test
    void kneeOfAHandCurve() {
        assertEquals(3, Knee.index(new double[] {0, 0.1, 0.2, 0.3, 5, 10}));
    }

    @Test
    void hierarchicalWardRecoversBlobsAndExportsTheDendrogram() {
        Blobs b = Blobs.four(2);
        Hierarchical.Result r = Hierarchical.fit(b.points, new Hierarchical.Options(4, 200, 1), Progress.NONE);
        assertEquals(1.0, AdjustedRandIndex.of(b.truth, r.labels()), 1e-12);
        assertEquals(199, r.merges().size());
        for (int i = 1; i < r.merges().size(); i++) {
            assertTrue(r.merges().get(i).height() >= r.merges().get(i - 1).height() - 1e-9);
        }
    }

    @Test
    void gaussianMixtureSeparatesBlobsOfDifferentSpread() {
        Blobs narrow = Blobs.of(new double[][] {{0, 0}}, 300, 0.5, 1);
        Blobs wide = Blobs.of(new double[][] {{8, 0}}, 300, 2.0, 2);
        double[] data = new double[1200];
        System.arraycopy(narrow.points.data(), 0, data, 0, 600);
        System.arraycopy(wide.points.data(), 0, data, 600, 600);
        int[] truth = new int[600];
        Arrays.fill(truth, 300, 600, 1);
        DiagonalGaussianMixture.Result r = DiagonalGaussianMixture.fit(new Points(data, 600, 2),
                DiagonalGaussianMixture.Options.of(2, 3), Progress.NONE);
        assertTrue(AdjustedRandIndex.of(truth, r.labels()) > 0.9);
        assertEquals(1.0, r.weights()[0] + r.weights()[1], 1e-9);
        int wideComponent = r.labels()[599];
        assertTrue(r.variances()[wideComponent][0] > 4 * r.variances()[1 - wideComponent][0]);
    }

    @Test
    void ruleGroupingCombinesColumnsInSortedOrder() {
        String[] band = RuleGrouping.bands(new double[] {34, 25, 39, Double.NaN, 30}, 10);
        assertArrayEquals(new String[] {"30–39", "20–29", "30–39", null, "30–39"}, band);
        String[] gender = {"F", "M", "F", "F", "M"};
        RuleGrouping.Result r = RuleGrouping.group(List.of(band, gender));
        assertEquals(List.of("(missing) · F", "20–29 · M", "30–39 · F", "30–39 · M"), r.names());
        assertArrayEquals(new int[] {2, 1, 2, 0, 3}, r.labels());
    }
}
