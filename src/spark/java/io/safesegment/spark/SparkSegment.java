package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * A {@code segment} step on Spark, writing what the desktop runner writes: the assignments
 * ({@code customer_id,segment,segment_name}) and the segment profiles, with the desktop's own writers.
 *
 * <p>Features: {@link SparkFeatures} (group-bys on the executors, one row per customer on the driver, finished by the
 * desktop's {@code FeatureBuilder}). Algorithm: k-means runs distributed with MLlib ({@link SparkKMeans}); every other
 * algorithm (DBSCAN, hierarchical, Gaussian mixture, rules) is the desktop's own code run on the driver over the one
 * row per customer, so its assignments equal the desktop's for the same seed. That is not distributed, so a step
 * whose customer table has more distinct customers than a bound ({@value #MAX_CUSTOMERS_CONF}, default
 * {@value #DEFAULT_MAX_CUSTOMERS}) is refused after one count, before its features are built. Profiles are the
 * desktop's {@code SegmentProfiler} over the driver's matrix and the run's labels. With {@code saveRun} the run and
 * its features and assignments datasets are kept in the workspace by the desktop's own code
 * ({@code SegmentationService.keepRun}) from the driver's matrix and run, as a desktop replay keeps them.
 */
final class SparkSegment {
    /** Spark setting with the most customers a non-distributed algorithm may cluster on the driver. */
    static final String MAX_CUSTOMERS_CONF = "spark.safesegment.segment.driverMaxCustomers";
    /** The default bound: the desktop's own tested scale (1M customers). */
    static final long DEFAULT_MAX_CUSTOMERS = 1_000_000;

    private SparkSegment() {
    }

    /** What the step reported and where its two files are (assignments and profiles, as on the desktop). */
    record Result(int customers, int segments, long seed, String algorithm, Double silhouette, Path assignments,
                  Path profiles) {
    }

    /** What a segment step asks that this engine refuses, checked before anything runs. */
    static void check(RecipeStep s) {
        EngineSteps.featureOptions(s);
        SegmentOptions options = EngineSteps.segmentOptions(s);
        EngineSteps.segmentNames(s, options);
    }

    /**
     * Runs the step.
     *
     * @param transactions the step's transactions, or null; {@code products} likewise
     */
    static Result run(SparkSession spark, RecipeStep s, SparkFrame customers, SparkFrame transactions,
                      SparkFrame products, Path workspace) throws IOException {
        Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
        Path profilesOut = EngineSteps.output(workspace, s, "profiles", s.name() + "-profiles.csv");
        for (SparkFrame in : new SparkFrame[] {customers, transactions, products}) {
            if (in != null && in.file() != null) {
                AtomicFiles.requireNotSameFile(in.file(), out);
                AtomicFiles.requireNotSameFile(in.file(), profilesOut);
            }
        }
        Files.createDirectories(out.getParent());
        Files.createDirectories(profilesOut.getParent());
        RoleMapping roles = transactions == null ? customers.roles()
                : transactions.roles().overriddenBy(customers.roles());
        FeatureOptions featureOptions = EngineSteps.featureOptions(s);
        SegmentOptions options = EngineSteps.segmentOptions(s);
        boolean onDriver = options.algorithm() != Algorithm.KMEANS;
        if (onDriver) { // before the features are built: the customer table's distinct ids bound the matrix's rows
            long bound = maxCustomers(spark);
            long count = SparkFeatures.customerCount(customers, roles);
            if (count > bound) {
                throw RecipeEngine.unsupported(s, "algorithm", "algorithm '" + options.algorithm().id() + "' on "
                        + count + " customers (it runs on the driver, not distributed; the bound is " + bound
                        + ", set " + MAX_CUSTOMERS_CONF + " to raise it, or use k-means)", RecipeEngine.SPARK);
            }
        }
        FeatureMatrix features = SparkFeatures.matrix(customers, transactions, products, roles, featureOptions,
                options.groupBy());
        ClusteringRun run;
        String algorithm;
        if (!onDriver) {
            run = SparkKMeans.run(spark, features, options);
            algorithm = "Spark MLlib k-means";
        } else {
            run = SegmentationService.cluster(features, options, null, Progress.NONE);
            algorithm = options.algorithm().id() + " (the desktop's, on the driver)";
        }
        List<String> names = EngineSteps.segmentNames(s, options);
        if (names != null) {
            run = run.withSegmentNames(names); // as the desktop: DBSCAN's count is known only now
        }
        SegmentationService.writeAssignments(out, features, run);
        SegmentationService.writeProfiles(profilesOut, SegmentationService.profiles(features, run));
        if (s.bool("saveRun", false)) { // the desktop's own store and datasets, from the driver's matrix and run
            SegmentationService.keepRun(workspace, inputFiles(customers, transactions, products), features, run);
        }
        return new Result(features.rows(), run.k(), run.seed(), algorithm, run.silhouette(), out, profilesOut);
    }

    /**
     * The files the step read, as the desktop's {@code FeatureInput.files()} lists them (customers, transactions,
     * products): the saved datasets' parents are the workspace datasets with one of their fingerprints.
     */
    private static List<Path> inputFiles(SparkFrame customers, SparkFrame transactions, SparkFrame products) {
        List<Path> files = new ArrayList<>();
        for (SparkFrame in : new SparkFrame[] {customers, transactions, products}) {
            if (in != null && in.file() != null) {
                files.add(in.file());
            }
        }
        return files;
    }

    private static long maxCustomers(SparkSession spark) {
        String value = spark.conf().get(MAX_CUSTOMERS_CONF, String.valueOf(DEFAULT_MAX_CUSTOMERS));
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_CUSTOMERS_CONF + " must be a whole number of customers, not '"
                    + value + "'", e);
        }
    }
}
