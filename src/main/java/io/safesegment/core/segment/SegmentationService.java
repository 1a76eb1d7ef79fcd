package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.core.segment.projection.Pca2d;
import io.safesegment.core.segment.projection.Projection;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DerivedDatasets;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.segment.features.ColumnValues;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.profile.SegmentExports;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.segment.profile.SegmentProfiler;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The one place the segmentation flows are orchestrated: customer features → clustering run → profiles → saved
 * files and workspace run, and RFM scoring. The CLI {@code segment} / {@code rfm} commands and recipe replay call
 * it, so the same inputs and seed give the same assignments whichever front end asked.
 */
public final class SegmentationService {
    private SegmentationService() {
    }

    /**
     * Where customer features come from.
     *
     * @param customers     customers file (one row per customer); required
     * @param transactions  transactions file for purchase aggregates, or null
     * @param products      products file (for category shares), or null
     * @param roles         role → column overrides (unmapped roles are suggested)
     * @param features      which features and how they are transformed
     */
    public record FeatureInput(Path customers, Path transactions, Path products, RoleMapping roles,
                               FeatureOptions features) {
        public FeatureInput {
            if (customers == null) {
                throw new LocalizedArgumentException(Message.of("segment.error.noInput"));
            }
            roles = roles == null ? RoleMapping.empty() : roles;
            features = features == null ? FeatureOptions.defaults() : features;
        }

        /** The input files, for checks that no output replaces one of them. */
        public List<Path> files() {
            List<Path> files = new ArrayList<>();
            files.add(customers);
            if (transactions != null) {
                files.add(transactions);
            }
            if (products != null) {
                files.add(products);
            }
            return files;
        }
    }

    /**
     * A segmentation request.
     *
     * @param input        features input
     * @param options      algorithm, k, seed and algorithm parameters
     * @param assignments  file for customer_id,segment,segment_name, or null
     * @param profiles     file for segment profiles (CSV), or null
     * @param workspace    workspace folder to save the run in, or null
     */
    public record SegmentRequest(FeatureInput input, SegmentOptions options, Path assignments, Path profiles,
                                 Path workspace) {
        public SegmentRequest {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(options, "options");
        }
    }

    /**
     * What a segmentation produced.
     *
     * @param features  the feature matrix that was clustered
     * @param run       the clustering run (labels, centroids, seed, quality)
     * @param profiles  one profile per segment (noise included)
     */
    public record SegmentResult(FeatureMatrix features, ClusteringRun run, List<SegmentProfile> profiles,
                                Dataset assignmentsDataset) {
        public SegmentResult {
            profiles = List.copyOf(profiles);
        }

        /** A result that kept no assignments dataset. */
        public SegmentResult(FeatureMatrix features, ClusteringRun run, List<SegmentProfile> profiles) {
            this(features, run, profiles, null);
        }
    }

    /** Reads the inputs and builds the feature matrix (the first half of {@link #segment}). */
    public static FeatureMatrix features(FeatureInput input, Progress progress) {
        CustomerData data = SegmentTables.read(input.customers(), input.transactions(), input.products(),
                input.roles(), progress.slice(0, 0.5));
        return FeatureBuilder.build(data, input.features(), progress.slice(0.5, 1));
    }

    /**
     * Builds features, clusters, profiles and writes the requested files and workspace run. No output may replace
     * an input file.
     */
    public static SegmentResult segment(SegmentRequest request, Progress progress) throws IOException {
        return segment(request, null, progress);
    }

    /**
     * {@link #segment(SegmentRequest, Progress)} with the segments named {@code segmentNames} (a recorded rename, one
     * per segment; null keeps the default names) before anything is written.
     *
     * @throws IllegalArgumentException when the names do not fit the run's segments
     */
    public static SegmentResult segment(SegmentRequest request, List<String> segmentNames, Progress progress)
            throws IOException {
        for (Path target : new Path[] {request.assignments(), request.profiles()}) {
            if (target != null) {
                for (Path in : request.input().files()) {
                    AtomicFiles.requireNotSameFile(in, target);
                }
            }
        }
        FeatureMatrix features = features(request.input(), progress.slice(0, 0.4));
        ClusteringRun run = Segmenter.run(features, request.options(), progress.slice(0.4, 0.9));
        if (segmentNames != null) {
            run = run.withSegmentNames(segmentNames);
        }
        List<SegmentProfile> profiles = SegmentProfiler.profile(features, run.labels(), run.segmentNames());
        if (request.assignments() != null) {
            SegmentExports.writeAssignments(request.assignments(), features.customerIds(), run.labels(),
                    run.segmentNames());
        }
        if (request.profiles() != null) {
            SegmentExports.writeProfiles(request.profiles(), profiles);
        }
        Dataset kept = null;
        if (request.workspace() != null) {
            kept = keepRun(request.workspace(), request.input().files(), features, run);
        }
        return new SegmentResult(features, run, profiles, kept);
    }

    /**
     * What {@link #segment} does with a run when asked to save it, for an engine that built the features and the
     * run itself (the Spark engine's driver): saves the run in the workspace's run store and keeps its features and
     * assignments as derived datasets whose parents are the workspace datasets with the fingerprint of one of
     * {@code inputs}.
     *
     * @param workspace workspace folder
     * @param inputs    the files the features were read from (customers, then transactions and products if any)
     * @return the assignments dataset
     */
    public static Dataset keepRun(Path workspace, List<Path> inputs, FeatureMatrix features, ClusteringRun run) {
        Objects.requireNonNull(workspace, "workspace");
        Workspace opened = Workspace.open(workspace);
        new SegmentRunStore(opened).save(run);
        return keepAssignments(opened, inputs, features, run);
    }

    /**
     * Keeps the run's assignments as a {@link DatasetKind#DERIVED} workspace dataset (customer id, segment number and
     * name), so downstream steps (recommendations per segment, campaigns) can pick them like any dataset. Its parents
     * are the workspace datasets whose files were read — recognised by SHA-256 fingerprint, since the inputs are given
     * as files — and its lineage step records the algorithm, its parameters, the seed and the run id.
     */
    private static Dataset keepAssignments(Workspace workspace, List<Path> inputs, FeatureMatrix features,
                                           ClusteringRun run) {
        int[] labels = run.labels();
        List<String> names = run.segmentNames();
        StringColumn ids = StringColumn.create("customer_id", features.customerIds());
        IntColumn segment = IntColumn.create("segment", labels);
        StringColumn name = StringColumn.create("segment_name");
        for (int l : labels) {
            name.append(l < 0 ? SegmentNames.noise().english() : l < names.size() ? names.get(l)
                    : SegmentNames.defaultName(l).english());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("runId", run.id());
        parameters.put("algorithm", run.algorithm().id());
        parameters.put("parameters", run.parameters());
        parameters.put("seed", run.seed());
        parameters.put("features", features.featureNames());
        // the features the run clustered, in their original units, beside the assignments
        Table featureTable = Table.create("features", StringColumn.create("customer_id", features.customerIds()));
        for (String f : features.featureNames()) {
            featureTable.addColumns(DoubleColumn.create(f, features.rawColumn(f)));
        }
        DerivedDatasets.keep(workspace, "features " + run.id().substring(0, Math.min(8, run.id().length())),
                featureTable, DatasetKind.DERIVED, Map.of(), RoleMapping.of(Map.of(SemanticRole.CUSTOMER_ID,
                        "customer_id")), inputs, new LineageStep("features", Map.of("features",
                        features.featureNames(), "runId", run.id())));
        RoleMapping roles = RoleMapping.of(Map.of(SemanticRole.CUSTOMER_ID, "customer_id",
                SemanticRole.SEGMENT, "segment_name"));
        return DerivedDatasets.keep(workspace, "segments " + run.algorithm().id() + " k" + run.k(),
                Table.create("segments", ids, segment, name), DatasetKind.DERIVED, Map.of(), roles, inputs,
                new LineageStep("segment", parameters));
    }

    /**
     * An RFM request.
     *
     * @param transactions   transactions file (customer id, timestamp, amount or quantity × unit price)
     * @param roles          role → column overrides
     * @param referenceDate  "today" for recency, or null for the latest transaction date
     * @param scores         file for per-customer scores and segments (CSV), or null
     */
    public record RfmRequest(Path transactions, RoleMapping roles, LocalDate referenceDate, Path scores) {
        public RfmRequest {
            Objects.requireNonNull(transactions, "transactions");
            roles = roles == null ? RoleMapping.empty() : roles;
        }
    }

    /** Scores customers by recency, frequency and monetary value and writes the scores file when asked. */
    public static RfmResult rfm(RfmRequest request, Progress progress) throws IOException {
        if (request.scores() != null) {
            AtomicFiles.requireNotSameFile(request.transactions(), request.scores());
        }
        RfmResult result = RfmAnalyzer.analyze(SegmentTables.read(request.transactions(), request.roles(), progress),
                RfmOptions.defaults().withReferenceDate(request.referenceDate()).withRoles(request.roles()),
                progress);
        if (request.scores() != null) {
            writeRfm(request.scores(), result);
        }
        return result;
    }

    /** Writes the RFM scores file (one line per customer); the Spark engine writes the same format. */
    public static void writeRfm(Path scores, RfmResult result) throws IOException {
        AtomicFiles.write(scores, false, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write("customer_id,recency_days,frequency,monetary,r,f,m,segment\n");
            for (RfmResult.Customer c : result.customers()) {
                w.write(String.format(Locale.ROOT, "%s,%d,%d,%.2f,%d,%d,%d,\"%s\"%n", c.customerId(),
                        c.recency(), c.frequency(), c.monetary(), c.r(), c.f(), c.m(), c.segment()));
            }
            w.flush();
        });
    }

    // ---- Steps for an interactive front end: the GUI keeps tables and the feature matrix between actions, so it
    // calls the flow step by step instead of through segment(), which re-reads the files every time.

    /** The first and last k of a "Score k" scan. */
    public static final int K_FROM = 2;
    /** Last k of the scan. */
    public static final int K_TO = 10;
    private static final int SILHOUETTE_SAMPLE = 2_000;
    private static final int MINI_BATCH_ABOVE = 100_000;

    /** Whether {@code file} names an existing table file (a missing transactions or products file is optional). */
    public static boolean tableExists(Path file) {
        return SegmentTables.exists(file);
    }

    /** Reads one table for segmentation, with {@code roles} deciding how its identifier columns are typed. */
    public static Table readTable(Path file, RoleMapping roles, Progress progress) {
        return SegmentTables.read(file, roles, progress);
    }

    /**
     * Customer data from tables the caller holds; each table's roles are the given ones (restricted to its columns)
     * with unmapped roles suggested, the same rule as {@code --map} on the command line.
     *
     * @param transactions may be null; so may {@code products}
     */
    public static CustomerData customerData(Table customers, RoleMapping customerRoles, Table transactions,
                                            RoleMapping transactionRoles, Table products, RoleMapping productRoles) {
        Objects.requireNonNull(customers, "customers");
        return new CustomerData(customers, transactions, products,
                RoleSuggester.resolve(customers, orEmpty(customerRoles).restrictedTo(customers)),
                transactions == null ? null : RoleSuggester.resolve(transactions,
                        orEmpty(transactionRoles).restrictedTo(transactions)),
                products == null ? null : RoleSuggester.resolve(products, orEmpty(productRoles).restrictedTo(products)));
    }

    private static RoleMapping orEmpty(RoleMapping roles) {
        return roles == null ? RoleMapping.empty() : roles;
    }

    /** Builds the feature matrix of customer data already read. */
    public static FeatureMatrix features(CustomerData data, FeatureOptions options, Progress progress) {
        return FeatureBuilder.build(data, options, progress);
    }

    /**
     * Clusters a feature matrix. With a {@code previous} run on screen, segments keep its numbers where they match
     * (see {@link SegmentNumbering#matchedTo}); without one the numbering is the command line's.
     */
    public static ClusteringRun cluster(FeatureMatrix features, SegmentOptions options, ClusteringRun previous,
                                        Progress progress) {
        return SegmentNumbering.matchedTo(Segmenter.run(features, options, progress), previous);
    }

    /** One profile per segment of {@code run} (noise included). */
    public static List<SegmentProfile> profiles(FeatureMatrix features, ClusteringRun run) {
        return SegmentProfiler.profile(features, run.labels(), run.segmentNames());
    }

    /** The customers projected onto the first two principal components of the scaled features. */
    public static Projection project(FeatureMatrix features, Progress progress) {
        return Pca2d.project(features.scaled(), progress);
    }

    /** Saves (or re-saves, e.g. after a rename) a run in the workspace. */
    public static void saveRun(Workspace workspace, ClusteringRun run) {
        new SegmentRunStore(workspace).save(run);
    }

    /**
     * Scores k = {@value #K_FROM}..{@value #K_TO} (fewer for tiny data): inertia, silhouette on a seeded sample,
     * Davies–Bouldin, and a suggested k.
     */
    public static KRange.Result scoreK(FeatureMatrix features, long seed, Progress progress) {
        KRange.Options o = new KRange.Options(K_FROM, Math.min(K_TO, Math.max(K_FROM, features.rows() - 1)),
                features.rows() > MINI_BATCH_ABOVE, SILHOUETTE_SAMPLE, seed);
        return KRange.run(features.points(), o, progress);
    }

    /** The k-distance curve for DBSCAN with {@code minPoints}; its knee suggests ε. */
    public static KDistance.Curve kDistance(FeatureMatrix features, int minPoints, long seed) {
        return KDistance.compute(features.points(), Math.max(1, minPoints - 1), Segmenter.KDISTANCE_SAMPLE, seed);
    }

    /** RFM scores of a transactions table the caller holds, with its roles. */
    public static RfmResult rfm(Table transactions, RoleMapping roles, Progress progress) {
        return RfmAnalyzer.analyze(transactions, RfmOptions.defaults().withRoles(roles), progress);
    }

    /** Writes customer_id,segment,segment_name for every customer of {@code run}. */
    public static void writeAssignments(Path file, FeatureMatrix features, ClusteringRun run) throws IOException {
        SegmentExports.writeAssignments(file, features.customerIds(), run.labels(), run.segmentNames());
    }

    /** Writes segment profiles as CSV. */
    public static void writeProfiles(Path file, List<SegmentProfile> profiles) throws IOException {
        SegmentExports.writeProfiles(file, profiles);
    }

    /** The runs saved in {@code workspace}, newest first. */
    public static List<SegmentRunStore.Summary> savedRuns(Workspace workspace) {
        return new SegmentRunStore(workspace).list();
    }

    /** A run saved in {@code workspace}, or empty when it is no longer there. */
    public static java.util.Optional<ClusteringRun> savedRun(Workspace workspace, String id) {
        return new SegmentRunStore(workspace).load(id);
    }

    /** Compares two runs of the same customers: adjusted Rand index and segment sizes. */
    public static RunComparison compareRuns(ClusteringRun a, ClusteringRun b) {
        return RunComparison.compare(a, b);
    }

    /**
     * The features of a k-range scan and its scores.
     *
     * @param features the feature matrix the scan ran on
     * @param result   scores per k and the suggested k
     */
    public record KRangeOutcome(FeatureMatrix features, KRange.Result result) {
    }

    /** Whether {@code table} has the column {@code roles} map to {@code role} (see {@link ColumnValues#optional}). */
    public static boolean hasRoleColumn(Table table, RoleMapping roles, SemanticRole role) {
        return ColumnValues.optional(table, roles, role) != null;
    }

    /** Whether {@code column} holds numbers. */
    public static boolean isNumericColumn(tech.tablesaw.columns.Column<?> column) {
        return ColumnValues.isNumeric(column);
    }

    /** Whether {@code column} holds dates or date-times. */
    public static boolean isDateColumn(tech.tablesaw.columns.Column<?> column) {
        return ColumnValues.isDate(column);
    }

    /** Builds the features and scores every k of {@code options} (inertia, silhouette, Davies–Bouldin). */
    public static KRangeOutcome kRange(FeatureInput input, KRange.Options options, Progress progress) {
        FeatureMatrix features = features(input, progress);
        return new KRangeOutcome(features, KRange.run(features.points(), options, progress));
    }
}
