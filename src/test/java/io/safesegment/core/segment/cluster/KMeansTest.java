package io.safesegment.core.segment.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KMeansTest {

    @Test
    void recoversSeparatedBlobsForManySeeds() {
        for (long seed = 1; seed <= 10; seed++) {
            Blobs b = Blobs.four(seed);
            KMeansResult r = KMeans.fit(b.points, KMeansOptions.of(4, seed), Progress.NONE);
            assertEquals(1.0, AdjustedRandIndex.of(b.truth, r.labels()), 1e-12, "seed " + seed);
            assertEquals(400, IntStream.of(r.sizes()).sum());
        }
    }

    @Test
    void handExampleHasTheObviousCentresAndInertia() {
        Points x = Points.fromRows(new double[][] {{0, 0}, {0, 2}, {10, 0}, {10, 2}});
        KMeansResult r = KMeans.fit(x, KMeansOptions.of(2, 3), Progress.NONE);
        assertEquals(4.0, r.inertia(), 1e-12); // each point is 1 away from its centre
        double[] c0 = r.centroids()[r.labels()[0]];
        assertArrayEquals(new double[] {0, 1}, c0, 1e-12);
        assertEquals(r.labels()[0], r.labels()[1]);
        assertTrue(r.labels()[0] != r.labels()[2]);
    }

    @Test
    void labelsAreTheNearestCentreAndInertiaMatches() {
        Blobs b = Blobs.of(new double[][] {{0, 0, 0}, {3, 3, 3}, {6, 0, 3}}, 200, 2.0, 5);
        KMeansResult r = KMeans.fit(b.points, KMeansOptions.of(3, 5), Progress.NONE);
        double inertia = 0;
        for (int i = 0; i < b.points.n(); i++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int c = 0; c < 3; c++) {
                double dist = 0;
                for (int j = 0; j < 3; j++) {
                    double diff = b.points.data()[i * 3 + j] - r.centroids()[c][j];
                    dist += diff * diff;
                }
                if (dist < best) {
                    best = dist;
                    arg = c;
                }
            }
            assertEquals(arg, r.labels()[i]);
            inertia += best;
        }
        assertEquals(inertia, r.inertia(), 1e-9 * inertia);
    }

    @Test
    void sameSeedSameLabels() {
        Blobs b = Blobs.of(new double[][] {{0, 0}, {1, 1}, {2, 0}}, 300, 1.0, 9);
        int[] first = KMeans.fit(b.points, KMeansOptions.of(5, 77), Progress.NONE).labels();
        int[] second = KMeans.fit(b.points, KMeansOptions.of(5, 77), Progress.NONE).labels();
        assertArrayEquals(first, second);
    }

    @Test
    void tooFewRowsIsAClearError() {
        Points x = Points.fromRows(new double[][] {{0}, {1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeans.fit(x, KMeansOptions.of(3, 1), Progress.NONE));
        assertTrue(e.getMessage().contains("at least k = 3"));
    }

    @Test
    void cancellationStopsTheRun() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(TaskCancelledException.class, () -> KMeans.fit(Blobs.four(1).points, KMeansOptions.of(4, 1), token));
    }

    @Test
    void miniBatchRecoversBlobs() {
        Blobs b = Blobs.four(4);
        KMeansResult r = MiniBatchKMeans.fit(b.points, new MiniBatchKMeans.Options(4, 64, 50, 4), Progress.NONE);
        assertTrue(AdjustedRandIndex.of(b.truth, r.labels()) > 0.99);
    }
}
