package io.safesegment.bench;

import io.safesegment.core.recommend.ModelContext;
import io.safesegment.core.recommend.RealisticPurchases;
import io.safesegment.core.recommend.RealisticRatings;
import io.safesegment.core.recommend.Recommenders;
import io.safesegment.core.recommend.SyntheticRatings;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.Metrics;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Training time and offline metrics of every recommender (fit time, RMSE/MAE where defined, NDCG@10, recall@10,
 * coverage) on (1) the realistic explicit set of decision 0027 ({@link RealisticRatings}, MovieLens-100k-sized:
 * 943 × 1682, ~100k integer stars) with 5-fold CV, and the clean low-rank set (rank 10 + N(0, 0.3²)) as a second
 * case; (2) the realistic implicit set ({@link RealisticPurchases}, 50,000 customers × 2,000 products, ~400k
 * pairs) with a random 80/20 hold-out where every item a customer has not bought in training is a candidate; and
 * (3) the 1M-customer file {@code bench/out/data-1m/transactions.csv} (when present) with a per-customer temporal
 * hold-out (20 %). Ranking metrics on a seeded sample of 10,000 customers.
 *
 * <p>{@code -Drecommend.scale=F} scales the generated sets (0.1 for a smoke run); {@code -Drecommend.maxCustomers=N}
 * reads only the first N customers of the file; {@code -Drecommend.parts=explicit}, {@code implicit} or
 * {@code file} runs one part only.
 */
public final class RecommendBench {
    private static final List<String> EXPLICIT_MODELS = List.of("popularity", "baseline", "knnbaseline", "mf",
            "svdpp", "itemknn", "userknn", "als", "bpr", "markov", "hybrid");
    private static final List<String> GENERATED_IMPLICIT_MODELS =
            List.of("popularity", "itemknn", "userknn", "als", "bpr", "markov", "hybrid");
    private static final List<String> IMPLICIT_MODELS =
            List.of("popularity", "itemknn", "userknn", "als", "bpr", "content", "markov", "hybrid");

    private RecommendBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        String parts = System.getProperty("recommend.parts", "all");
        BenchReport r = new BenchReport(parts.equals("all") ? "recommend" : "recommend-" + parts);
        Progress log = new StderrProgress();

        double scale = Double.parseDouble(System.getProperty("recommend.scale", "1"));
        if (parts.equals("all") || parts.equals("explicit")) {
            explicitPart(r, log, scale);
        }
        if (parts.equals("all") || parts.equals("implicit")) {
            generatedImplicitPart(r, log, scale);
        }
        if ((parts.equals("all") && java.nio.file.Files.isDirectory(out.resolve("data-1m")))
                || parts.equals("file")) {
            implicitPart(r, out, log);
        }
        r.finish(out);
    }

    private static void explicitPart(BenchReport r, Progress log, double scale) {
        int users = (int) Math.max(50, 943 * scale);
        int items = (int) Math.max(50, 1682 * scale);
        int ratings = (int) Math.max(1000, 100_000 * scale);
        long t0 = System.nanoTime();
        InteractionMatrix real = RealisticRatings.sized(users, items, ratings, 1).generate();
        r.put("explicit_ratings", real.nnz(), "realistic explicit set: ratings (" + users + " x " + items + ")");
        r.putJson("explicit_generate_seconds", secs(t0));
        EvaluationOptions cv = new EvaluationOptions(SplitKind.RANDOM, 5, 10, 0.2, 10_000, null, 42);
        table(r, "explicit_realistic_5fold", evaluate(real, ProductCatalog.empty(), EXPLICIT_MODELS, cv, log));
        InteractionMatrix lowRank = SyntheticRatings.generate(users, items, ratings, 10, 0.3, 1);
        table(r, "explicit_lowrank_5fold", evaluate(lowRank, ProductCatalog.empty(),
                List.of("baseline", "knnbaseline", "mf", "svdpp"), cv, log));
    }

    private static void generatedImplicitPart(BenchReport r, Progress log, double scale) {
        int customers = (int) Math.max(500, 50_000 * scale);
        int products = (int) Math.max(100, 2_000 * scale);
        long t0 = System.nanoTime();
        InteractionMatrix tx = RealisticPurchases.sized(customers, products, customers * 8, 1).generate();
        r.put("generated_implicit_interactions", tx.nnz(), "realistic implicit set: customer-product pairs ("
                + customers + " customers x " + products + " products)");
        r.putJson("generated_implicit_generate_seconds", secs(t0));
        EvaluationOptions holdOut = new EvaluationOptions(SplitKind.RANDOM, 1, 10, 0.2, 10_000, null, 42);
        table(r, "implicit_realistic_holdout", evaluate(tx, ProductCatalog.empty(), GENERATED_IMPLICIT_MODELS,
                holdOut, log));
    }

    private static void implicitPart(BenchReport r, Path out, Progress log) {
        int maxCustomers = Integer.getInteger("recommend.maxCustomers", 0);
        Path dir = out.resolve("data-1m");
        ProductCatalog catalogue = ProductCatalog.load(dir.resolve("products.csv"));
        long t0 = System.nanoTime();
        InteractionMatrix tx = TransactionLoader.load(dir.resolve("transactions.csv"),
                TransactionOptions.defaults().withMaxUsers(maxCustomers), catalogue.products().keySet(), log);
        r.put("implicit_load_seconds", secs(t0), "implicit set: load transactions.csv (s)");
        r.put("implicit_customers", tx.rows(), "implicit set: customers" + (maxCustomers > 0 ? " (first N only)" : ""));
        r.put("implicit_items", tx.items().size(), "implicit set: items");
        r.put("implicit_interactions", tx.nnz(), "implicit set: distinct customer-item interactions");
        r.put("implicit_heap_mb", Math.round(BenchReport.usedHeapMb()), "implicit set: heap after load (MB)");
        EvaluationOptions temporal = new EvaluationOptions(SplitKind.TEMPORAL, 1, 10, 0.2, 10_000, null, 42);
        EvaluationReport implicit = evaluate(tx, catalogue, IMPLICIT_MODELS, temporal, log);
        table(r, "implicit_temporal", implicit);
    }

    private static EvaluationReport evaluate(InteractionMatrix data, ProductCatalog catalogue, List<String> models,
            EvaluationOptions options, Progress log) {
        ModelContext ctx = new ModelContext(catalogue, Map.of(), options.seed(), 0);
        List<Evaluator.Candidate> candidates = models.stream()
                .map(n -> new Evaluator.Candidate(n, () -> Recommenders.create(n, ctx))).toList();
        return new Evaluator(data, catalogue, Map.of(), options).evaluate(candidates, log);
    }

    private static void table(BenchReport r, String prefix, EvaluationReport report) {
        System.out.printf("%n%s: %,d users, %,d items, %,d interactions%n", prefix, report.users(), report.items(),
                report.interactions());
        if (!report.models().isEmpty()) {
            // the cap, printed: ranking metrics are over a seeded sample, not every customer
            long ranked = report.models().getFirst().overall().users();
            System.out.printf("  ranking metrics over %,d evaluated customers (all folds; each fold a seeded sample "
                    + "of at most 10,000)%n", ranked);
            r.putJson(prefix + "_ranked_customers", ranked);
        }
        System.out.printf("  %-11s %8s %8s %7s %7s %7s %7s %7s %7s %7s %8s%n", "model", "fit s", "eval s", "RMSE",
                "MAE", "NDCG", "recall", "hit", "cover", "novel", "popRank");
        for (ModelEvaluation m : report.models()) {
            Metrics x = m.overall();
            System.out.printf("  %-11s %8.2f %8.2f %7s %7s %7.4f %7.4f %7.4f %7.4f %7.3f %8.1f%n", m.model(),
                    m.fitSeconds(), m.evalSeconds(), x.rmse() == null ? "-" : String.format("%.4f", x.rmse()),
                    x.mae() == null ? "-" : String.format("%.4f", x.mae()), x.ndcg(), x.recall(), x.hitRate(),
                    x.coverage(), x.novelty(), x.popularityRank());
            String key = prefix + "_" + m.model();
            r.putJson(key + "_fit_seconds", m.fitSeconds());
            r.putJson(key + "_eval_seconds", m.evalSeconds());
            r.putJson(key + "_metrics", x);
        }
        System.out.flush();
    }

    private static double secs(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    /** Prints a progress line to stderr at most every 10 s so long runs show they are alive. */
    private static final class StderrProgress implements Progress {
        private long last;

        @Override
        public synchronized void update(double fraction, String message) {
            long now = System.nanoTime();
            if (now - last > 10_000_000_000L) {
                last = now;
                System.err.printf("  [%5.1f%%] %s%n", fraction * 100, message);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
