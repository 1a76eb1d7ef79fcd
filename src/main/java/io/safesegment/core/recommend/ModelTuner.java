package io.safesegment.core.recommend;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.eval.Split;
import io.safesegment.core.recommend.eval.Splits;
import io.safesegment.core.recommend.model.AlsParams;
import io.safesegment.core.recommend.model.BaselineParams;
import io.safesegment.core.recommend.model.BprParams;
import io.safesegment.core.recommend.model.KnnBaselineParams;
import io.safesegment.core.recommend.model.KnnParams;
import io.safesegment.core.recommend.model.MatrixFactorization;
import io.safesegment.core.recommend.model.MfParams;
import io.safesegment.core.recommend.model.RatingPredictor;
import io.safesegment.core.recommend.model.Recommender;
import io.safesegment.core.recommend.model.SvdPlusPlus;
import io.safesegment.core.recommend.model.SvdppParams;
import io.safesegment.core.recommend.model.TopN;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hyper-parameters by inner validation (decision 0027): the data handed in — all interactions for a fit, one
 * training fold inside an evaluation, never a test fold — is split 80/20 with the seed; every point of a small grid
 * (the defaults always included) is fitted on the 80 % and scored on the 20 %: RMSE for rating models on ratings,
 * NDCG@10 over at most 2,000 seeded customers otherwise (every item the customer has not interacted with in the
 * 80 % is a candidate). SGD models ({@code mf}, {@code svdpp}) run up to 3× their default epochs and stop when the
 * held-out RMSE has not improved for 3 epochs; the best epoch count is kept.
 */
final class ModelTuner {
    private static final int PATIENCE = 3;
    private static final int RANK_USERS = 2000;
    private static final int K = 10;

    private final ModelContext ctx;
    private final long seed;

    ModelTuner(ModelContext ctx, long seed) {
        this.ctx = ctx;
        this.seed = seed;
    }

    /** A grid point: the parameters and the values that differ from the defaults, by name. */
    private record Point(ModelParameters params, Map<String, Object> values) {
    }

    /** Tunes {@code model} on {@code data}, starting from {@code base}; returns the result and the new parameters. */
    Tuned tune(String model, InteractionMatrix data, ModelParameters base, Progress progress) {
        List<Point> grid = grid(model, base);
        if (grid.size() <= 1 || data.nnz() < 20) {
            return new Tuned(new TuneResult(model, metricName(model, data), null, null, 0, Map.of()), base);
        }
        Split inner = Splits.random(data, 1, seed).getFirst();
        double bestScore = Double.NaN;
        double defaultScore = Double.NaN;
        Point best = null;
        for (int x = 0; x < grid.size(); x++) {
            progress.checkCancelled();
            progress.report((double) x / grid.size(), Message.of("progress.model.tune", model, x + 1, grid.size()));
            Point point = grid.get(x);
            Scored s = score(model, point, inner, progress.slice((double) x / grid.size(), (x + 1.0) / grid.size()));
            if (x == 0) {
                defaultScore = s.value;
            }
            if (best == null || better(s.value, bestScore, lowerIsBetter(model, data))) {
                bestScore = s.value;
                best = s.point;
            }
        }
        progress.report(1, Message.of("progress.model.tune", model, grid.size(), grid.size()));
        return new Tuned(new TuneResult(model, metricName(model, data), round(defaultScore), round(bestScore),
                grid.size(), best.values()), best.params());
    }

    /** The chosen parameters and the report line. */
    record Tuned(TuneResult result, ModelParameters params) {
    }

    private record Scored(Point point, double value) {
    }

    private Scored score(String model, Point point, Split inner, Progress progress) {
        InteractionMatrix train = inner.train();
        InteractionMatrix test = inner.test();
        if (model.equals("mf") || model.equals("svdpp")) {
            return earlyStopped(model, point, train, test, progress);
        }
        Recommender r = Recommenders.create(model, ctx, point.params());
        r.fit(train, progress);
        return new Scored(point, train.explicit() && r instanceof RatingPredictor rp ? rmse(rp, test) : ndcg(r, test));
    }

    private Scored earlyStopped(String model, Point point, InteractionMatrix train, InteractionMatrix test,
                                Progress progress) {
        boolean mf = model.equals("mf");
        int defaultEpochs = mf ? point.params().mf().epochs() : point.params().svdpp().epochs();
        int maxEpochs = 3 * defaultEpochs;
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestEpoch = {1};
        Recommender[] holder = new Recommender[1];
        io.safesegment.core.recommend.model.EpochListener listener = epoch -> {
            double v = rmse((RatingPredictor) holder[0], test);
            if (v < best[0]) {
                best[0] = v;
                bestEpoch[0] = epoch;
            }
            return epoch - bestEpoch[0] < PATIENCE;
        };
        if (mf) {
            MatrixFactorization m = new MatrixFactorization(point.params().mf().withEpochs(maxEpochs));
            holder[0] = m;
            m.fit(train, progress, listener);
        } else {
            SvdPlusPlus m = new SvdPlusPlus(point.params().svdpp().withEpochs(maxEpochs));
            holder[0] = m;
            m.fit(train, progress, listener);
        }
        Map<String, Object> values = new LinkedHashMap<>(point.values());
        values.put("epochs", bestEpoch[0]);
        ModelParameters p = point.params();
        ModelParameters chosen = mf ? with(p, p.mf().withEpochs(bestEpoch[0]), null) : with(p, null,
                p.svdpp().withEpochs(bestEpoch[0]));
        return new Scored(new Point(chosen, values), best[0]);
    }

    private static ModelParameters with(ModelParameters p, MfParams mf, SvdppParams svdpp) {
        return new ModelParameters(p.itemKnn(), p.userKnn(), mf == null ? p.mf() : mf, p.als(), p.bpr(), p.content(),
                p.markov(), p.hybrid(), p.baseline(), p.knnBaseline(), svdpp == null ? p.svdpp() : svdpp);
    }

    static double rmse(RatingPredictor model, InteractionMatrix test) {
        double se = 0;
        long n = 0;
        for (int u = 0; u < test.rows(); u++) {
            for (int e = test.start(u); e < test.end(u); e++) {
                double err = model.predict(u, test.col(e)) - test.value(e);
                se += err * err;
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(se / n);
    }

    /** Mean NDCG@10 over a seeded sample of the held-out customers who also have training history. */
    private double ndcg(Recommender model, InteractionMatrix test) {
        InteractionMatrix train = model.data();
        List<Integer> users = new ArrayList<>();
        for (int u = 0; u < test.rows(); u++) {
            if (test.rowLength(u) > 0 && train.rowLength(u) > 0) {
                users.add(u);
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed * 17 + 3);
        java.util.Collections.shuffle(users, new java.util.Random(rnd.nextLong()));
        List<Integer> sample = users.subList(0, Math.min(RANK_USERS, users.size()));
        double total = sample.parallelStream().mapToDouble(u -> {
            float[] scores = new float[train.items().size()];
            model.score(u, scores);
            for (int e = train.start(u); e < train.end(u); e++) {
                scores[train.col(e)] = Float.NEGATIVE_INFINITY;
            }
            int[] top = TopN.select(scores, K);
            double dcg = 0;
            for (int r = 0; r < top.length; r++) {
                if (test.contains(u, top[r])) {
                    dcg += 1 / (Math.log(r + 2) / Math.log(2));
                }
            }
            double idcg = 0;
            for (int r = 0; r < Math.min(K, test.rowLength(u)); r++) {
                idcg += 1 / (Math.log(r + 2) / Math.log(2));
            }
            return dcg / idcg;
        }).sum();
        return sample.isEmpty() ? 0 : total / sample.size();
    }

    private static boolean better(double value, double best, boolean lower) {
        return lower ? value < best : value > best;
    }

    private static boolean lowerIsBetter(String model, InteractionMatrix data) {
        return metricName(model, data).equals("rmse");
    }

    private static String metricName(String model, InteractionMatrix data) {
        boolean rating = Recommenders.RATING_MODELS.contains(model) || model.equals("itemknn")
                || model.equals("userknn");
        return data.explicit() && rating ? "rmse" : "ndcg@10";
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : null;
    }

    /** The grid of {@code model}, the base (default) point first. Models without a grid get only the base point. */
    private static List<Point> grid(String model, ModelParameters b) {
        List<Point> out = new ArrayList<>();
        out.add(new Point(b, values(model, b)));
        switch (model) {
            case "mf" -> {
                for (int factors : new int[] {20, 50}) {
                    for (double reg : new double[] {0.02, 0.05, 0.1}) {
                        MfParams d = b.mf();
                        add(out, with(b, new MfParams(factors, d.epochs(), d.learningRate(), reg, d.initStd(),
                                d.seed()), null), Map.of("factors", factors, "learningRate", d.learningRate(),
                                "regularization", reg));
                    }
                }
            }
            case "svdpp" -> {
                for (double reg : new double[] {0.02, 0.05, 0.1}) {
                    SvdppParams d = b.svdpp();
                    add(out, with(b, null, new SvdppParams(d.factors(), d.epochs(), d.learningRate(), reg,
                            d.initStd(), d.seed())), Map.of("factors", d.factors(), "learningRate", d.learningRate(),
                            "regularization", reg));
                }
            }
            case "baseline" -> {
                for (double ru : new double[] {5, 15, 25}) {
                    for (double ri : new double[] {5, 10, 20}) {
                        add(out, b.withRatingModels(new BaselineParams(b.baseline().epochs(), ru, ri),
                                b.knnBaseline(), b.svdpp()), Map.of("regUser", ru, "regItem", ri));
                    }
                }
            }
            case "knnbaseline" -> {
                for (int k : new int[] {20, 40, 80}) {
                    for (double shrink : new double[] {50, 100}) {
                        KnnBaselineParams d = b.knnBaseline();
                        add(out, b.withRatingModels(b.baseline(), new KnnBaselineParams(k, d.minNeighbours(), shrink,
                                d.baseline()), b.svdpp()), Map.of("neighbours", k, "shrinkage", shrink));
                    }
                }
            }
            case "itemknn", "userknn" -> {
                KnnParams d = model.equals("itemknn") ? b.itemKnn() : b.userKnn();
                for (int k : new int[] {20, 50, 100}) {
                    for (double shrink : new double[] {10, 100}) {
                        KnnParams p = new KnnParams(d.similarity(), k, shrink);
                        add(out, new ModelParameters(model.equals("itemknn") ? p : b.itemKnn(),
                                model.equals("userknn") ? p : b.userKnn(), b.mf(), b.als(), b.bpr(), b.content(),
                                b.markov(), b.hybrid(), b.baseline(), b.knnBaseline(), b.svdpp()),
                                Map.of("neighbours", k, "shrinkage", shrink));
                    }
                }
            }
            case "als" -> {
                // The useful range of λ is narrow (decision 0039): a line around 0.2 at the base α, down to 0.01
                // for data with little popularity signal (the bundled sample), and α one step either side at 0.2.
                AlsParams d = b.als();
                for (double reg : new double[] {0.01, 0.05, 0.1, 0.2, 0.4}) {
                    addAls(out, b, reg, d.alpha());
                }
                for (double alpha : new double[] {3, 30}) {
                    addAls(out, b, 0.2, alpha);
                }
            }
            case "bpr" -> {
                for (double lr : new double[] {0.01, 0.05}) {
                    for (double reg : new double[] {0.002, 0.02}) {
                        BprParams d = b.bpr();
                        add(out, new ModelParameters(b.itemKnn(), b.userKnn(), b.mf(), b.als(), new BprParams(
                                d.factors(), d.epochs(), lr, reg, d.seed()), b.content(), b.markov(), b.hybrid(),
                                b.baseline(), b.knnBaseline(), b.svdpp()), Map.of("learningRate", lr,
                                "regularization", reg));
                    }
                }
            }
            default -> {
                // popularity, content, markov, hybrid: nothing learnt that a small grid would change much
            }
        }
        return out;
    }

    private static void addAls(List<Point> out, ModelParameters b, double reg, double alpha) {
        AlsParams d = b.als();
        add(out, new ModelParameters(b.itemKnn(), b.userKnn(), b.mf(), new AlsParams(d.factors(), d.iterations(), reg,
                alpha, d.cgSteps(), d.seed()), b.bpr(), b.content(), b.markov(), b.hybrid(), b.baseline(),
                b.knnBaseline(), b.svdpp()), Map.of("regularization", reg, "alpha", alpha));
    }

    /** Adds a point unless it equals one already in the grid (the defaults are often a grid point too). */
    private static void add(List<Point> out, ModelParameters p, Map<String, Object> values) {
        if (out.stream().noneMatch(x -> x.params().equals(p))) {
            out.add(new Point(p, new LinkedHashMap<>(new java.util.TreeMap<>(values))));
        }
    }

    /** The tunable values of the base point, by name, for the report. */
    private static Map<String, Object> values(String model, ModelParameters b) {
        Map<String, Object> v = new java.util.TreeMap<>();
        switch (model) {
            case "mf" -> {
                v.put("factors", b.mf().factors());
                v.put("learningRate", b.mf().learningRate());
                v.put("regularization", b.mf().regularization());
            }
            case "svdpp" -> {
                v.put("factors", b.svdpp().factors());
                v.put("learningRate", b.svdpp().learningRate());
                v.put("regularization", b.svdpp().regularization());
            }
            case "baseline" -> {
                v.put("regUser", b.baseline().regUser());
                v.put("regItem", b.baseline().regItem());
            }
            case "knnbaseline" -> {
                v.put("neighbours", b.knnBaseline().neighbours());
                v.put("shrinkage", b.knnBaseline().shrinkage());
            }
            case "itemknn", "userknn" -> {
                KnnParams k = model.equals("itemknn") ? b.itemKnn() : b.userKnn();
                v.put("neighbours", k.neighbours());
                v.put("shrinkage", k.shrinkage());
            }
            case "als" -> {
                v.put("regularization", b.als().regularization());
                v.put("alpha", b.als().alpha());
            }
            case "bpr" -> {
                v.put("learningRate", b.bpr().learningRate());
                v.put("regularization", b.bpr().regularization());
            }
            default -> {
            }
        }
        return new LinkedHashMap<>(v);
    }
}
