package io.safesegment.cli;

import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.KRange;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.metrics.Silhouette;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment segment k-range}: scores k-means for a range of k and suggests one. */
@Command(name = "k-range", mixinStandardHelpOptions = true,
        description = "Score k-means for k in a range (inertia, sampled silhouette, Davies-Bouldin) and suggest k.")
final class KRangeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FeatureArgs input;

    @Option(names = "--from", paramLabel = "K", description = "Smallest k (default: ${DEFAULT-VALUE}).")
    int from = 2;

    @Option(names = "--to", paramLabel = "K", description = "Largest k (default: ${DEFAULT-VALUE}).")
    int to = 10;

    @Option(names = "--mini-batch", description = "Use mini-batch k-means (faster on large data).")
    boolean miniBatch;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        KRange.Options options = new KRange.Options(from, to, miniBatch, Silhouette.DEFAULT_SAMPLE, seed);
        CancellationToken progress = new CancellationToken();
        SegmentationService.KRangeOutcome outcome = SegmentationService.kRange(input.toInput(), options, progress);
        FeatureMatrix features = outcome.features();
        KRange.Result result = outcome.result();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, new Report(features.rows(), features.featureNames(), miniBatch, seed, result.scores(),
                    result.suggestedK(), result.elbowK(), result.reason()));
        } else {
            w.println("   k      inertia  silhouette  davies-bouldin");
            for (KRange.Score s : result.scores()) {
                w.printf(Locale.ROOT, "%4d %12.1f %11.3f %15.3f%n", s.k(), s.inertia(), s.silhouette(),
                        s.daviesBouldin());
            }
            w.println("Suggested k = " + result.suggestedK() + " (" + result.reason() + ")");
            w.flush();
        }
        return 0;
    }

    record Report(int customers, List<String> features, boolean miniBatch, long seed, List<KRange.Score> scores,
                  int suggestedK, int elbowK, String reason) {
    }
}
