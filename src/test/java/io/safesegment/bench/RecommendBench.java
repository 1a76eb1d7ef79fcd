package io.safesegment.bench;

import io.safesegment.core.recommend.ModelContext;
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
 * Training time and offline metrics of every recommender on (1) a MovieLens-like explicit set — 943 users × 1682
 * items, ~100k ratings from a rank-10 model plus N(0, 0.3²) noise — with 5-fold CV, and (2) the 1M-customer
 * implicit set {@code bench/out/data-1m/transactions.csv} with a per-customer temporal hold-out (20 %), metrics on a
 * seeded sample of 10,000 customers. {@code -Drecommend.maxCustomers=N} reads only the first N customers;
 * {@code -Drecommend.parts=explicit} or {@code implicit} runs one part only.
 */
public final class RecommendBench {
    private static final List<String> EXPLICIT_MODELS =
            List.of("popularity", "itemknn", "userknn", "mf", "als", "bpr", "markov", "hybrid");
    private static final List<String> IMPLICIT_MODELS =
            List.of("popularity", "itemknn", "userknn", "als", "bpr", "content", "markov", "hybrid");

    private RecommendBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        String parts = System.getProperty("recommend.parts", "all");
        BenchReport r = new BenchReport(parts.equals("all") ? "recommend" : "recommend-" + parts);
        Progress log = new StderrProgress();

        if (!parts.equals("implicit")) {
            explicitPart(r, log);
        }
        if (!parts.equals("explicit")) {
            implicitPart(r, out, log);
        }
        r.finish(out);
    }

    private static void explicitPart(BenchReport r, Progress log) {
        long t0 = System.nanoTime();
        InteractionMatrix ml = SyntheticRatings.generate(943, 1682, 106_000, 10, 0.3, 1);
        r.put("explicit_ratings", ml.nnz(), "explicit set: ratings (943 users x 1682 items)");
        r.putJson("explicit_generate_seconds", secs(t0));
        EvaluationOptions cv = new EvaluationOptions(SplitKind.RANDOM, 5, 10, 0.2, 0, null, 42);
        EvaluationReport explicit = evaluate(ml, ProductCatalog.empty(), EXPLICIT_MODELS, cv, log);
        table(r, "explicit_5fold", explicit);
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
        System.out.printf("  %-11s %8s %8s %7s %7s %7s %7s %7s %7s %8s%n", "model", "fit s", "eval s", "RMSE", "NDCG",
                "hit", "recall", "cover", "novel", "popRank");
        for (ModelEvaluation m : report.models()) {
            Metrics x = m.overall();
            System.out.printf("  %-11s %8.2f %8.2f %7s %7.4f %7.4f %7.4f %7.4f %7.3f %8.1f%n", m.model(),
                    m.fitSeconds(), m.evalSeconds(), x.rmse() == null ? "-" : String.format("%.4f", x.rmse()),
                    x.ndcg(), x.hitRate(), x.recall(), x.coverage(), x.novelty(), x.popularityRank());
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
