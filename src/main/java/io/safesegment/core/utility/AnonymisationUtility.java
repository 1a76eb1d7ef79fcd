package io.safesegment.core.utility;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Anonymiser;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.model.PopularityParams;
import io.safesegment.core.recommend.model.PopularityRecommender;
import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.Segmenter;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.validation.metric.AdjustedRandIndex;
import tech.tablesaw.api.Table;

/**
 * Measures what marketing loses through an anonymisation: the same seeded k-means segmentation on the original and
 * on the (decoded, see {@link GeneralisedValues}) anonymised customers, compared by adjusted Rand index and segment
 * sizes; and NDCG@10 of segment popularity — the recommender that reads customer attributes, through those segments
 * — with the original versus the anonymised segments, on the same interactions and splits.
 */
public final class AnonymisationUtility {
    /** Damping of the popularity models (their default). */
    private static final double DAMPING = PopularityParams.defaults().damping();

    private AnonymisationUtility() {
    }

    /**
     * The tables compared.
     *
     * @param original     customers before anonymisation
     * @param anonymised   customers after anonymisation, generalised values already decoded (same customer ids)
     * @param transactions transactions for behavioural features, or null
     * @param products     products for category shares, or null
     * @param interactions customer × product interactions for NDCG, or null (then no NDCG is reported)
     */
    public record Input(Table original, Table anonymised, Table transactions, Table products,
                        InteractionMatrix interactions) {
        /** Requires both customer tables. */
        public Input {
            if (original == null || anonymised == null) {
                throw new LocalizedArgumentException(Message.of("utility.anonymisationUtility.theOriginalAndThe"));
            }
            if (original.rowCount() != anonymised.rowCount()) {
                throw new LocalizedArgumentException(Message.of("utility.anonymisationUtility.theAnonymisedTableHas", anonymised.rowCount(), original.rowCount()));
            }
        }
    }

    /**
     * Applies the transformation {@code levels} of {@code anonymise} to {@code original} (suppression included),
     * decodes the generalised values and measures the report: the utility of one point of the solution space.
     */
    public static UtilityReport measure(Table original, AnonymiseOptions anonymise, int[] levels, Table transactions,
                                        Table products, InteractionMatrix interactions, UtilityOptions options,
                                        Progress progress) {
        Table anonymised = GeneralisedValues.decode(original, Anonymiser.apply(original, anonymise, levels), anonymise,
                levels);
        return measure(new Input(original, anonymised, transactions, products, interactions), options, progress);
    }

    /**
     * The utility of an anonymisation as the command line and recipes ask for it: transactions read from a file
     * (optional), features named or chosen by {@link UtilityFeatures#defaults}, a seeded k-means with {@code k}.
     *
     * @param transactions transactions file, or null (then no NDCG and no behavioural features)
     * @param features     segmentation features, or null for the defaults of the quasi-identifiers
     * @throws IllegalArgumentException when no feature can be built or {@code k}/{@code seed} are out of range
     */
    public static UtilityReport measureFiles(Table original, AnonymiseOptions anonymise, int[] levels,
                                             java.nio.file.Path transactions, List<String> features, int k, long seed,
                                             Progress progress) {
        Table tx = transactions == null ? null
                : io.safesegment.core.segment.features.SegmentTables.read(transactions, progress);
        InteractionMatrix interactions = transactions == null ? null
                : io.safesegment.core.recommend.data.TransactionLoader.load(transactions,
                        io.safesegment.core.recommend.data.TransactionOptions.defaults(), progress);
        List<String> chosen = features != null ? features : UtilityFeatures.defaults(original,
                anonymise.quasiIdentifiers(), io.safesegment.core.data.RoleMapping.empty(), tx != null);
        if (chosen.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("utility.anonymisationUtility.utilityNoQuasiIdentifier"));
        }
        UtilityOptions options = UtilityOptions.of(
                io.safesegment.core.segment.features.FeatureOptions.of(chosen), k, seed);
        return measure(original, anonymise, levels, tx, null, interactions, options, progress);
    }

    /**
     * The utility of several points of one solution space (the Anonymise pane's candidates): like
     * {@link #measureFiles} per candidate, but the original side — features, its k-means run, the transactions and
     * the evaluation splits — is computed once, and every candidate's segment-popularity model is evaluated on the
     * same splits in one pass. Checks for cancellation between candidates.
     *
     * @param candidates level vectors of the transformations to measure
     * @return one report per candidate, in order
     */
    public static List<UtilityReport> measureAll(Table original, AnonymiseOptions anonymise, List<int[]> candidates,
                                                 java.nio.file.Path transactions, List<String> features, int k,
                                                 long seed, Progress progress) {
        Table tx = transactions == null ? null
                : io.safesegment.core.segment.features.SegmentTables.read(transactions, progress.slice(0, 0.05));
        InteractionMatrix interactions = transactions == null ? null
                : io.safesegment.core.recommend.data.TransactionLoader.load(transactions,
                        io.safesegment.core.recommend.data.TransactionOptions.defaults(), progress.slice(0.05, 0.1));
        List<String> chosen = features != null ? features : UtilityFeatures.defaults(original,
                anonymise.quasiIdentifiers(), io.safesegment.core.data.RoleMapping.empty(), tx != null);
        if (chosen.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("utility.anonymisationUtility.utilityNoQuasiIdentifier"));
        }
        UtilityOptions options = UtilityOptions.of(
                io.safesegment.core.segment.features.FeatureOptions.of(chosen), k, seed);
        Input base = new Input(original, original, tx, null, interactions);
        FeatureMatrix before = features(base, original, options, progress.slice(0.1, 0.15));
        ClusteringRun runBefore = Segmenter.run(before, options.segmentation(), progress.slice(0.15, 0.2));
        int[] a = runBefore.labels();
        int kBefore = runBefore.k();
        double share = (interactions == null ? 0.8 : 0.5) / Math.max(1, candidates.size());
        List<int[]> labels = new ArrayList<>();
        List<ClusteringRun> runs = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            progress.checkCancelled();
            Progress slice = progress.slice(0.2 + c * share, 0.2 + (c + 1) * share);
            Table anonymised = GeneralisedValues.decode(original, Anonymiser.apply(original, anonymise,
                    candidates.get(c)), anonymise, candidates.get(c));
            FeatureMatrix after = features(new Input(original, anonymised, tx, null, interactions), anonymised,
                    options, slice.slice(0, 0.5));
            ClusteringRun run = Segmenter.run(after, options.segmentation(), slice.slice(0.5, 1));
            runs.add(run);
            labels.add(aligned(before.customerIds(), after.customerIds(), run.labels()));
        }
        List<Double> ndcg = new ArrayList<>();
        if (interactions != null) {
            progress.checkCancelled();
            List<Evaluator.Candidate> models = new ArrayList<>(List.of(popularity("global", Map.of()),
                    popularity("original", segments(before.customerIds(), a))));
            for (int c = 0; c < labels.size(); c++) {
                models.add(popularity("anonymised " + (c + 1), segments(before.customerIds(), labels.get(c))));
            }
            EvaluationReport report = new Evaluator(interactions, oneCategory(interactions), Map.of(),
                    options.evaluation()).evaluate(models, progress.slice(0.7, 1));
            report.models().forEach(m -> ndcg.add(m.overall().ndcg()));
        }
        List<UtilityReport> out = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            int[] b = labels.get(c);
            out.add(new UtilityReport(a.length, options.features().columns(), options.segmentation().k(),
                    options.segmentation().seed(), AdjustedRandIndex.of(a, b),
                    sizeChanges(a, b, kBefore, runs.get(c).k()), interactions == null ? null : "popularity by segment",
                    interactions == null ? null : ndcg.get(1), interactions == null ? null : ndcg.get(2 + c),
                    interactions == null ? null : ndcg.get(0)));
        }
        progress.report(1, Message.of("progress.utility.done"));
        return out;
    }

    /** Measures the utility report. */
    public static UtilityReport measure(Input input, UtilityOptions options, Progress progress) {
        FeatureMatrix before = features(input, input.original(), options, progress.slice(0, 0.2));
        ClusteringRun runBefore = Segmenter.run(before, options.segmentation(), progress.slice(0.2, 0.4));
        FeatureMatrix after = features(input, input.anonymised(), options, progress.slice(0.4, 0.6));
        ClusteringRun runAfter = Segmenter.run(after, options.segmentation(), progress.slice(0.6, 0.8));
        int[] a = runBefore.labels();
        int[] b = aligned(before.customerIds(), after.customerIds(), runAfter.labels());
        double ari = AdjustedRandIndex.of(a, b);
        List<SegmentSizeChange> sizes = sizeChanges(a, b, runBefore.k(), runAfter.k());
        Double ndcgOriginal = null;
        Double ndcgAnonymised = null;
        Double ndcgInteractions = null;
        String model = null;
        if (input.interactions() != null) {
            model = "popularity by segment";
            Map<String, String> segBefore = segments(before.customerIds(), a);
            Map<String, String> segAfter = segments(before.customerIds(), b);
            Evaluator evaluator = new Evaluator(input.interactions(), oneCategory(input.interactions()), Map.of(),
                    options.evaluation());
            EvaluationReport report = evaluator.evaluate(List.of(popularity("global", Map.of()),
                    popularity("original", segBefore), popularity("anonymised", segAfter)), progress.slice(0.8, 1));
            ndcgInteractions = report.models().get(0).overall().ndcg();
            ndcgOriginal = report.models().get(1).overall().ndcg();
            ndcgAnonymised = report.models().get(2).overall().ndcg();
        }
        progress.report(1, Message.of("progress.utility.done"));
        return new UtilityReport(a.length, options.features().columns(), options.segmentation().k(),
                options.segmentation().seed(), ari, sizes, model, ndcgOriginal, ndcgAnonymised, ndcgInteractions);
    }

    /** Popularity within the customer's segment (global popularity with an empty map), on the same splits. */
    private static Evaluator.Candidate popularity(String name, Map<String, String> segments) {
        return new Evaluator.Candidate(name, () -> new PopularityRecommender(new PopularityParams(DAMPING, segments)));
    }

    /**
     * A catalogue that puts every item in one category. Only NDCG is reported; without a catalogue the evaluator
     * measures intra-list diversity by co-occurrence cosine, which took 90 % of a 30,000-customer measurement.
     */
    private static ProductCatalog oneCategory(InteractionMatrix interactions) {
        Map<String, ProductCatalog.Product> products = new HashMap<>();
        for (int i = 0; i < interactions.items().size(); i++) {
            String id = interactions.items().id(i);
            products.put(id, new ProductCatalog.Product(id, id, "all", ""));
        }
        return new ProductCatalog(products);
    }

    private static FeatureMatrix features(Input input, Table customers, UtilityOptions options, Progress progress) {
        CustomerData data = CustomerData.withRoles(customers, input.transactions(), input.products(), options.roles());
        return FeatureBuilder.build(data, options.features(), progress);
    }

    /** The anonymised labels in the order of the original customer ids (the feature builder may drop rows alike). */
    private static int[] aligned(List<String> ids, List<String> otherIds, int[] otherLabels) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < otherIds.size(); i++) {
            at.put(otherIds.get(i), otherLabels[i]);
        }
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Integer l = at.get(ids.get(i));
            if (l == null) {
                throw new LocalizedArgumentException(Message.of("utility.anonymisationUtility.customerRow", i + 1));
            }
            out[i] = l;
        }
        return out;
    }

    static List<SegmentSizeChange> sizeChanges(int[] a, int[] b, int ka, int kb) {
        int[][] overlap = new int[ka][kb];
        int[] sizeA = new int[ka];
        int[] sizeB = new int[kb];
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 0 && b[i] >= 0) {
                overlap[a[i]][b[i]]++;
            }
            if (a[i] >= 0) {
                sizeA[a[i]]++;
            }
            if (b[i] >= 0) {
                sizeB[b[i]]++;
            }
        }
        List<SegmentSizeChange> out = new ArrayList<>();
        for (int s = 0; s < ka; s++) {
            int best = 0;
            for (int t = 1; t < kb; t++) {
                if (overlap[s][t] > overlap[s][best]) {
                    best = t;
                }
            }
            out.add(new SegmentSizeChange(s + 1, sizeA[s], kb == 0 ? 0 : sizeB[best], best + 1,
                    sizeA[s] == 0 ? 0 : (double) overlap[s][best] / sizeA[s]));
        }
        return out;
    }

    private static Map<String, String> segments(List<String> ids, int[] labels) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            m.put(ids.get(i), Integer.toString(labels[i] + 1));
        }
        return m;
    }
}
