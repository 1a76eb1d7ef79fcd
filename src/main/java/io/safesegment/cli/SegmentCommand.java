package io.safesegment.cli;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.cluster.Hierarchical;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureUnit;
import io.safesegment.core.segment.features.FeatureReport;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment segment}: builds customer features, clusters them and reports segments. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Segment customers: build features, run k-means, DBSCAN, hierarchical, GMM or rule-based",
                "grouping, and print sizes, centroids, silhouette and segment profiles."},
        subcommands = KRangeCommand.class)
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FeatureArgs input;

    @Option(names = "--algorithm", paramLabel = "A",
            description = "kmeans, dbscan, hierarchical, gmm or rules (default: ${DEFAULT-VALUE}).")
    String algorithm = "kmeans";

    @Option(names = "--k", paramLabel = "K", description = "Number of segments (default: ${DEFAULT-VALUE}).")
    int k = 5;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--restarts", paramLabel = "N", description = "k-means++ restarts (default: ${DEFAULT-VALUE}).")
    int restarts = 4;

    @Option(names = "--min-points", paramLabel = "N", description = "DBSCAN minPoints (default: ${DEFAULT-VALUE}).")
    int minPoints = 10;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "DBSCAN radius in scaled units; 0 = knee of the k-distance curve (default: ${DEFAULT-VALUE}).")
    double epsilon = 0;

    @Option(names = "--sample", paramLabel = "N",
            description = "Rows in the hierarchical tree (default: ${DEFAULT-VALUE}, at most 20000).")
    int sample = Hierarchical.DEFAULT_SAMPLE;

    @Option(names = "--group-by", split = ",", paramLabel = "A,B",
            description = "Columns for --algorithm rules, e.g. age,gender (numbers are banded).")
    List<String> groupBy = List.of();

    @Option(names = "--band-width", paramLabel = "W", description = "Band width of numeric group-by columns (default: ${DEFAULT-VALUE}).")
    double bandWidth = 10;

    @Option(names = "--out", paramLabel = "FILE", description = "Write assignments (customer_id,segment,segment_name).")
    Path out;

    @Option(names = "--profiles", paramLabel = "FILE", description = "Write segment profiles as CSV.")
    Path profilesFile;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Save the run in this workspace.")
    Path workspace;

    @Mixin
    PasswordOption password;

    @Mixin
    AccountOption account;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Mixin
    RecordOption record;

    @Override
    public Integer call() throws Exception {
        account.session(workspace, password, spec.commandLine()); // a governed workspace needs a signed-in account
        Algorithm algo = Algorithm.parse(algorithm);
        SegmentationService.FeatureInput features0 = input.toInput();
        SegmentOptions options = new SegmentOptions(algo, k, seed, restarts, minPoints, epsilon, sample, groupBy,
                bandWidth);
        SegmentationService.SegmentResult result = SegmentationService.segment(new SegmentationService.SegmentRequest(
                features0, options, out, profilesFile, workspace), new CancellationToken());
        record.append(r -> io.safesegment.core.recipe.RecipeRecordingService.recordSegment(r, features0, options, out,
                profilesFile, workspace != null));
        FeatureMatrix features = result.features();
        ClusteringRun run = result.run();
        List<SegmentProfile> profiles = result.profiles();
        List<Segment> segments = profiles.stream().map(p -> {
            Map<String, Double> scaled = p.segment() >= 0 ? centroid(run, features, p.segment()) : Map.of();
            return new Segment(p.segment(), p.name(), p.description(), p.size(), p.share(), scaled, scaled,
                    originalCentroid(p));
        }).toList();
        Report report = new Report(run.id(), algo.id(), run.parameters(), run.seed(), features.rows(),
                features.featureNames(), features.referenceDate() == null ? null : features.referenceDate().toString(),
                features.report(), run.k(), run.noise(),
                run.silhouette(), run.durationMillis(), run.datasetFingerprint(), segments,
                out == null ? null : out.toString(), workspace == null ? null : workspace.toString(),
                units(features), result.assignmentsDataset() == null ? null : result.assignmentsDataset().id(),
                result.assignmentsDataset() == null ? null : result.assignmentsDataset().name());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, report);
        } else {
            w.printf(Locale.ROOT, "%s on %d customers, %d features, k = %d, silhouette %s (%d ms)%n", algo.id(),
                    features.rows(), features.columns(), run.k(),
                    run.silhouette() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", run.silhouette()),
                    run.durationMillis());
            printFeatureReport(w, features.report());
            for (Segment s : segments) {
                w.printf(Locale.ROOT, "  %3d  %-22s %7d  %5.1f%%  %s%n", s.segment(), s.name(), s.size(),
                        100 * s.share(), s.description());
            }
            if (out != null) {
                w.println("Assignments written to " + out);
            }
            if (result.assignmentsDataset() != null) {
                w.printf(Locale.ROOT, "Assignments kept as dataset %d '%s'%n", result.assignmentsDataset().id(),
                        result.assignmentsDataset().name());
            }
            w.flush();
        }
        return 0;
    }

    /** The counts a user needs to trust the features: what was left out, what was derived, what a frequency is. */
    static void printFeatureReport(PrintWriter w, FeatureReport r) {
        if (r.frequencyCounts() != null) {
            w.println("order_count counts " + (FeatureReport.ORDERS.equals(r.frequencyCounts()) ? "distinct orders"
                    : "line items (map order_id to count orders)"));
        }
        w.printf(Locale.ROOT, "Excluded: %d customer rows without id, %d duplicate ids", r.excludedRowsWithoutCustomer(),
                r.duplicateIdsDropped());
        if (r.frequencyCounts() != null) { // with transactions
            w.printf(Locale.ROOT, "; %d transaction lines without customer id, %d without amount, %d of unknown "
                    + "customers", r.excludedTransactionsWithoutCustomer(), r.transactionsWithoutAmount(),
                    r.unmatchedTransactions());
        }
        w.println();
        if (r.derivedAmount() != null) {
            w.println("Derived: " + r.derivedAmount());
        }
    }

    /** Feature → its original unit, so that {@code centroidOriginal} can be read without guessing. */
    private static Map<String, String> units(FeatureMatrix features) {
        Map<String, String> units = new java.util.LinkedHashMap<>();
        features.featureNames().forEach(f -> units.put(f, FeatureUnit.of(f, features.report()).jsonName()));
        return units;
    }

    private static Map<String, Double> centroid(ClusteringRun run, FeatureMatrix features, int segment) {
        Map<String, Double> c = new java.util.LinkedHashMap<>();
        for (int j = 0; j < features.columns(); j++) {
            c.put(features.featureNames().get(j), run.centroids()[segment][j]);
        }
        return c;
    }

    /** Mean of each feature in the segment in its original unit (days, money, years), before log and scaling. */
    private static Map<String, Double> originalCentroid(SegmentProfile profile) {
        Map<String, Double> c = new java.util.LinkedHashMap<>();
        profile.features().forEach(f -> c.put(f.feature(), f.mean()));
        return c;
    }

    /**
     * One segment. {@code centroid} (kept for compatibility) and {@code centroidScaled} are in the scaled space the
     * algorithm saw; {@code centroidOriginal} is in the features' own units.
     */
    record Segment(int segment, String name, String description, int size, double share,
                   Map<String, Double> centroid, Map<String, Double> centroidScaled,
                   Map<String, Double> centroidOriginal) {
    }

    record Report(String runId, String algorithm, Map<String, Object> parameters, long seed, int customers,
                  List<String> features, String referenceDate, FeatureReport featureReport, int segments, int noise,
                  Double silhouette, long durationMillis, String datasetFingerprint, List<Segment> sizes,
                  String assignments, String workspace, Map<String, String> units, Long assignmentsDatasetId,
                  String assignmentsDataset) {
    }
}
