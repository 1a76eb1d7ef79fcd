package io.safesegment.core.recommend.eval;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.model.RatingPredictor;
import io.safesegment.core.recommend.model.Recommender;
import io.safesegment.core.recommend.model.TopN;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Offline evaluation of recommenders: splits the data (random k-fold or temporal hold-out), fits a fresh model per
 * split, ranks the top k unseen items for each evaluated user and scores them against the held-out items; rating
 * models on explicit data also get RMSE and MAE over all held-out ratings.
 */
public final class Evaluator {
    private static final int CHUNK = 64;

    /**
     * A model to evaluate: a name and a factory giving a fresh, unfitted instance per split; or, with
     * {@code perSplit}, a factory that sees the split's training part first (hyper-parameters tuned on the training
     * fold only, decision 0027).
     */
    public record Candidate(String name, Supplier<Recommender> factory,
                            java.util.function.Function<InteractionMatrix, Recommender> perSplit) {
        public Candidate(String name, Supplier<Recommender> factory) {
            this(name, factory, null);
        }

        Recommender create(InteractionMatrix train) {
            return perSplit != null ? perSplit.apply(train) : factory.get();
        }
    }

    private final InteractionMatrix data;
    private final ProductCatalog catalogue;
    private final Map<String, String> segments;
    private final EvaluationOptions options;

    /**
     * @param data      all interactions
     * @param catalogue products (may be empty: diversity then uses co-occurrence, fairness is empty)
     * @param segments  customer id → segment (may be empty)
     * @param options   protocol
     */
    public Evaluator(InteractionMatrix data, ProductCatalog catalogue, Map<String, String> segments,
            EvaluationOptions options) {
        this.data = data;
        this.catalogue = catalogue;
        this.segments = segments == null ? Map.of() : segments;
        this.options = options;
    }

    /**
     * Refuses splits that would produce metrics about nothing: an empty training set (every model predicts 0, so
     * RMSE is just the mean rating) or an empty test set.
     */
    private void requireUsable(List<Split> splits) {
        for (int i = 0; i < splits.size(); i++) {
            Split s = splits.get(i);
            String which = splits.size() == 1 ? "The " + options.split().name().toLowerCase() + " split"
                    : "Fold " + (i + 1) + " of " + splits.size();
            if (s.train().nnz() == 0 || s.test().nnz() == 0) {
                throw new LocalizedArgumentException(Message.of("eval.evaluator.has", which, s.train().nnz(), s.test().nnz(), data.nnz(), data.rows(), options.split() == SplitKind.TEMPORAL ? " (customers with two or more interactions)"
                        : " or fewer folds"));
            }
        }
    }

    /** The splits of the protocol (the same for every model). */
    public List<Split> splits() {
        return options.split() == SplitKind.TEMPORAL ? List.of(Splits.temporal(data, options.testShare()))
                : Splits.random(data, options.folds(), options.seed());
    }

    /** Evaluates every candidate on the same splits. */
    public EvaluationReport evaluate(List<Candidate> candidates, Progress progress) {
        List<Split> splits = splits();
        requireUsable(splits);
        String[] category = categories();
        Map<String, Double> categoryShare = categoryShare(category);
        List<ModelEvaluation> results = new ArrayList<>();
        int steps = candidates.size() * splits.size();
        int step = 0;
        for (Candidate c : candidates) {
            MetricAccumulator overall = new MetricAccumulator();
            Map<String, MetricAccumulator> bySegment = new TreeMap<>();
            double fit = 0;
            double eval = 0;
            double se = 0;
            double ae = 0;
            long rated = 0;
            boolean ratingModel = false;
            Object params = null;
            for (int f = 0; f < splits.size(); f++) {
                Split split = splits.get(f);
                Progress p = progress.slice((double) step / steps, (step + 1.0) / steps);
                step++;
                progress.report((double) (step - 1) / steps, Message.of("progress.eval.fold", c.name(), f + 1));
                long t0 = System.nanoTime();
                Recommender model = c.create(split.train());
                params = model.params();
                model.fit(split.train(), p.slice(0, 0.7));
                long t1 = System.nanoTime();
                rank(model, split, f, category, overall, bySegment, p.slice(0.7, 1));
                if (data.explicit() && model instanceof RatingPredictor rp) {
                    ratingModel = true;
                    InteractionMatrix test = split.test();
                    for (int u = 0; u < test.rows(); u++) {
                        for (int e = test.start(u); e < test.end(u); e++) {
                            double err = rp.predict(u, test.col(e)) - test.value(e);
                            se += err * err;
                            ae += Math.abs(err);
                            rated++;
                        }
                    }
                }
                fit += (t1 - t0) / 1e9;
                eval += (System.nanoTime() - t1) / 1e9;
            }
            Double rmse = ratingModel && rated > 0 ? Math.sqrt(se / rated) : null;
            Double mae = ratingModel && rated > 0 ? ae / rated : null;
            int nItems = data.items().size();
            Map<String, Metrics> seg = new TreeMap<>();
            bySegment.forEach((s, acc) -> seg.put(s, acc.toMetrics(nItems, null, null, categoryShare)));
            results.add(new ModelEvaluation(c.name(), params, splits.size(), MetricAccumulator.round(fit),
                    MetricAccumulator.round(eval), overall.toMetrics(nItems, rmse, mae, categoryShare), seg));
        }
        progress.report(1, Message.of("progress.eval.done"));
        return new EvaluationReport(data.rows(), data.items().size(), data.nnz(), data.explicit(), options, results);
    }

    private String[] categories() {
        if (catalogue.isEmpty()) {
            return null;
        }
        String[] c = new String[data.items().size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = catalogue.category(data.items().id(i));
        }
        return c;
    }

    private Map<String, Double> categoryShare(String[] category) {
        Map<String, Double> share = new TreeMap<>();
        if (category == null || data.nnz() == 0) {
            return share;
        }
        int[] counts = data.columnCounts();
        for (int i = 0; i < counts.length; i++) {
            share.merge(category[i], (double) counts[i] / data.nnz(), Double::sum);
        }
        return share;
    }

    private boolean relevant(float value) {
        return !data.explicit() || options.relevantRating() == null || value >= options.relevantRating();
    }

    /** Users with training history and at least one relevant held-out item, a seeded sample of at most maxUsers. */
    int[] evaluatedUsers(Split split, int fold) {
        List<Integer> users = new ArrayList<>();
        InteractionMatrix test = split.test();
        for (int u = 0; u < test.rows(); u++) {
            if (split.train().rowLength(u) == 0) {
                continue;
            }
            for (int e = test.start(u); e < test.end(u); e++) {
                if (relevant(test.value(e))) {
                    users.add(u);
                    break;
                }
            }
        }
        int[] all = users.stream().mapToInt(Integer::intValue).toArray();
        if (options.maxUsers() == 0 || all.length <= options.maxUsers()) {
            return all;
        }
        SplittableRandom rnd = new SplittableRandom(options.seed() * 31 + fold);
        for (int x = all.length - 1; x > 0; x--) {
            int y = rnd.nextInt(x + 1);
            int t = all[x];
            all[x] = all[y];
            all[y] = t;
        }
        int[] sample = java.util.Arrays.copyOf(all, options.maxUsers());
        java.util.Arrays.sort(sample);
        return sample;
    }

    private void rank(Recommender model, Split split, int fold, String[] category, MetricAccumulator overall,
            Map<String, MetricAccumulator> bySegment, Progress progress) {
        InteractionMatrix train = split.train();
        InteractionMatrix test = split.test();
        int[] users = evaluatedUsers(split, fold);
        int nItems = train.items().size();
        int[] pop = train.columnCounts();
        int[] popRank = popularityRanks(pop);
        int nTrainUsers = 0;
        for (int u = 0; u < train.rows(); u++) {
            if (train.rowLength(u) > 0) {
                nTrainUsers++;
            }
        }
        double[] selfInfo = new double[nItems];
        for (int i = 0; i < nItems; i++) {
            selfInfo[i] = -Math.log((pop[i] + 1.0) / (nTrainUsers + 1.0)) / Math.log(2);
        }
        ItemSimilarityMeasure sim = category != null ? ItemSimilarityMeasure.sameCategory(category)
                : ItemSimilarityMeasure.coOccurrence(train);
        int chunks = (users.length + CHUNK - 1) / CHUNK;
        MetricAccumulator[] partial = new MetricAccumulator[chunks];
        @SuppressWarnings("unchecked")
        Map<String, MetricAccumulator>[] partialSeg = new Map[chunks];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            progress.checkCancelled();
            MetricAccumulator acc = new MetricAccumulator();
            Map<String, MetricAccumulator> seg = new HashMap<>();
            float[] scores = new float[nItems];
            for (int x = ch * CHUNK; x < Math.min(users.length, (ch + 1) * CHUNK); x++) {
                int u = users[x];
                model.score(u, scores);
                for (int e = train.start(u); e < train.end(u); e++) {
                    scores[train.col(e)] = Float.NEGATIVE_INFINITY;
                }
                int[] top = TopN.select(scores, options.k());
                String s = segments.get(train.users().id(u));
                addUser(acc, u, top, train, test, popRank, selfInfo, sim, category);
                if (s != null) {
                    addUser(seg.computeIfAbsent(s, key -> new MetricAccumulator()), u, top, train, test, popRank,
                            selfInfo, sim, category);
                }
            }
            partial[ch] = acc;
            partialSeg[ch] = seg;
            int d = done.incrementAndGet();
            synchronized (progress) {
                progress.report((double) d / chunks, Message.of("progress.eval.ranking", model.name()));
            }
        });
        for (int ch = 0; ch < chunks; ch++) {
            overall.merge(partial[ch]);
            partialSeg[ch].entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    bySegment.computeIfAbsent(e.getKey(), key -> new MetricAccumulator()).merge(e.getValue()));
        }
    }

    private static int[] popularityRanks(int[] pop) {
        Integer[] idx = new Integer[pop.length];
        for (int i = 0; i < pop.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> pop[a] != pop[b] ? Integer.compare(pop[b], pop[a]) : Integer.compare(a, b));
        int[] rank = new int[pop.length];
        for (int r = 0; r < idx.length; r++) {
            rank[idx[r]] = r + 1;
        }
        return rank;
    }

    private void addUser(MetricAccumulator acc, int u, int[] top, InteractionMatrix train, InteractionMatrix test,
            int[] popRank, double[] selfInfo, ItemSimilarityMeasure sim, String[] category) {
        int relevantCount = 0;
        for (int e = test.start(u); e < test.end(u); e++) {
            if (relevant(test.value(e))) {
                relevantCount++;
            }
        }
        int k = options.k();
        int hits = 0;
        double dcg = 0;
        double ap = 0;
        for (int r = 0; r < top.length; r++) {
            int item = top[r];
            float v = test.get(u, item);
            boolean rel = test.contains(u, item) && relevant(v);
            if (rel) {
                hits++;
                dcg += 1 / log2(r + 2);
                ap += (double) hits / (r + 1);
            }
            acc.recommended.set(item);
            acc.novelty += selfInfo[item];
            acc.popularityRank += popRank[item];
            if (category != null) {
                acc.categoryShown.merge(category[item], 1L, Long::sum);
            }
        }
        double idcg = 0;
        for (int r = 0; r < Math.min(k, relevantCount); r++) {
            idcg += 1 / log2(r + 2);
        }
        acc.users++;
        acc.precision += (double) hits / k;
        acc.recall += (double) hits / relevantCount;
        acc.ndcg += idcg > 0 ? dcg / idcg : 0;
        acc.map += ap / Math.min(k, relevantCount);
        acc.hits += hits > 0 ? 1 : 0;
        acc.shown += top.length;
        acc.overload += (double) top.length / Math.max(1, train.rowLength(u));
        if (top.length >= 2) {
            double s = 0;
            int pairs = 0;
            for (int a = 0; a < top.length; a++) {
                for (int b = a + 1; b < top.length; b++) {
                    s += sim.similarity(top[a], top[b]);
                    pairs++;
                }
            }
            acc.diversity += 1 - s / pairs;
            acc.diversityLists++;
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
