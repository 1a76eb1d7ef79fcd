package io.safesegment.core.segment.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Fewer rows than segments is refused by every algorithm with the row count and k in the message, never with a
 * library's internal error such as Smile's "HeapSelect i is greater than the number of data received so far".
 */
class FewRowsClusteringTest {

    private static Points rows(int n) {
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = new double[] {i, -i * 0.5};
        }
        return Points.fromRows(r);
    }

    private static void assertRefused(Consumer<Points> fit, int n, int k) {
        String message = assertThrows(IllegalArgumentException.class, () -> fit.accept(rows(n))).getMessage();
        assertTrue(message.contains("got " + n) && message.contains("k = " + k), message);
        assertFalse(message.contains("HeapSelect"), message);
    }

    @Test
    void everyAlgorithmRefusesFewerRowsThanKNamingBoth() {
        for (int n : new int[] {1, 3}) {
            assertRefused(x -> KMeans.fit(x, KMeansOptions.of(5, 1), Progress.NONE), n, 5);
            assertRefused(x -> MiniBatchKMeans.fit(x, MiniBatchKMeans.Options.of(5, 1), Progress.NONE), n, 5);
            assertRefused(x -> DiagonalGaussianMixture.fit(x, DiagonalGaussianMixture.Options.of(5, 1),
                    Progress.NONE), n, 5);
            assertRefused(x -> Hierarchical.fit(x, new Hierarchical.Options(5, 100, 1), Progress.NONE), n, 5);
        }
        String gmm = assertThrows(IllegalArgumentException.class, () -> DiagonalGaussianMixture.fit(rows(1),
                DiagonalGaussianMixture.Options.of(2, 1), Progress.NONE)).getMessage();
        assertTrue(gmm.startsWith("Gaussian mixture"), "names the algorithm the user chose: " + gmm);
    }

    @Test
    void hierarchicalOfOneRowIsRefusedAndOneClusterIsEveryRow() {
        String one = assertThrows(IllegalArgumentException.class,
                () -> Hierarchical.fit(rows(1), new Hierarchical.Options(1, 100, 1), Progress.NONE)).getMessage();
        assertTrue(one.contains("at least 2 rows") && one.contains("got 1"), one);

        Hierarchical.Result r = Hierarchical.fit(rows(4), new Hierarchical.Options(1, 100, 1), Progress.NONE);
        assertArrayEquals(new int[4], r.labels());
        assertEquals(3, r.merges().size(), "the tree is still built");
    }

    @Test
    void hierarchicalSampleSmallerThanKNamesTheSample() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> Hierarchical.fit(rows(50), new Hierarchical.Options(5, 3, 1), Progress.NONE)).getMessage();
        assertTrue(m.contains("sample of 3 of 50 rows") && m.contains("k = 5"), m);
    }

    @Test
    void dbscanAndKDistanceRefuseEmptyOrTooSmallInputs() {
        String empty = assertThrows(IllegalArgumentException.class,
                () -> Dbscan.fit(rows(0), new Dbscan.Options(3, 1.0), Progress.NONE)).getMessage();
        assertTrue(empty.contains("0 rows"), empty);
        String curve = assertThrows(IllegalArgumentException.class,
                () -> KDistance.compute(rows(2), 4, 100, 1)).getMessage();
        assertTrue(curve.contains("got 2"), curve);
        assertEquals(1, Dbscan.fit(rows(1), new Dbscan.Options(1, 1.0), Progress.NONE).labels().length);
    }
}
