package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.cluster.KMeans;
import io.safesegment.core.segment.cluster.KMeansOptions;
import io.safesegment.core.segment.cluster.KMeansResult;
import io.safesegment.core.segment.cluster.Knee;
import io.safesegment.core.segment.cluster.MiniBatchKMeans;
import io.safesegment.core.segment.cluster.Points;
import io.safesegment.core.segment.metrics.DaviesBouldin;
import io.safesegment.core.segment.metrics.Silhouette;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Helps choose k: clusters for every k in a range and scores each with inertia, sampled silhouette and
 * Davies–Bouldin. The suggestion is the k with the highest silhouette; k values within {@link #TIE} of it count as
 * tied, and among them the one closest to the elbow of the inertia curve wins.
 */
public final class KRange {
    /** Silhouette difference below which two k are considered equally good. */
    public static final double TIE = 0.01;

    private KRange() {
    }

    /**
     * Settings.
     *
     * @param from       smallest k, at least 2
     * @param to         largest k
     * @param miniBatch  use mini-batch k-means (fast on large data) instead of full k-means
     * @param sampleSize silhouette sample size
     * @param seed       seed of clustering and sample
     */
    public record Options(int from, int to, boolean miniBatch, int sampleSize, long seed) {
        /** Validates the range. */
        public Options {
            if (from < 2 || to < from) {
                throw new LocalizedArgumentException(Message.of("segment.error.krange", from, to));
            }
            if (sampleSize < 2) {
                throw new LocalizedArgumentException(Message.of("segment.error.silhouetteSample"));
            }
        }
    }

    /** Scores of one k. */
    public record Score(int k, double inertia, double silhouette, double daviesBouldin) {
    }

    /**
     * Outcome.
     *
     * @param scores     one per k, in order
     * @param suggestedK the suggestion
     * @param elbowK     the elbow of the inertia curve
     * @param reason     why this k, in words
     */
    public record Result(List<Score> scores, int suggestedK, int elbowK, String reason) {
    }

    /** Runs the range; reports progress per k and stops on cancel. */
    public static Result run(Points x, Options options, Progress progress) {
        List<Score> scores = new ArrayList<>();
        int count = options.to() - options.from() + 1;
        for (int k = options.from(); k <= options.to(); k++) {
            progress.checkCancelled();
            int step = k - options.from();
            Progress slice = progress.slice((double) step / count, (double) (step + 1) / count);
            slice.report(0, Message.of("progress.krange.k", k));
            KMeansResult r = options.miniBatch()
                    ? MiniBatchKMeans.fit(x, MiniBatchKMeans.Options.of(k, options.seed()), slice)
                    : KMeans.fit(x, new KMeansOptions(k, 1, 300, 1e-4, options.seed()), slice);
            double sil = Silhouette.sampled(x, r.labels(), options.sampleSize(), options.seed());
            double db = DaviesBouldin.of(x, r.labels(), k);
            scores.add(new Score(k, r.inertia(), sil, db));
        }
        progress.report(1, Message.of("progress.krange.done"));
        return suggest(scores);
    }

    /** Applies the suggestion rule to given scores. */
    public static Result suggest(List<Score> scores) {
        double[] inertia = scores.stream().mapToDouble(Score::inertia).toArray();
        int elbowK = scores.get(Knee.index(inertia)).k();
        double best = scores.stream().mapToDouble(Score::silhouette).filter(v -> !Double.isNaN(v)).max()
                .orElse(Double.NaN);
        if (Double.isNaN(best)) {
            return new Result(List.copyOf(scores), elbowK, elbowK, "no silhouette available; elbow of inertia");
        }
        List<Score> tied = scores.stream().filter(s -> s.silhouette() >= best - TIE).toList();
        if (tied.size() == 1) {
            return new Result(List.copyOf(scores), tied.getFirst().k(), elbowK,
                    String.format(java.util.Locale.ROOT, "highest silhouette (%.3f)", best));
        }
        Score pick = tied.stream().min(java.util.Comparator.comparingInt((Score s) -> Math.abs(s.k() - elbowK))
                .thenComparingInt(Score::k)).orElseThrow();
        return new Result(List.copyOf(scores), pick.k(), elbowK, String.format(java.util.Locale.ROOT,
                "silhouette tied within %.2f for k in %s; closest to the inertia elbow (k = %d)", TIE,
                tied.stream().map(Score::k).toList(), elbowK));
    }
}
