package io.safesegment.core.recommend;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.Evaluator;
import io.safesegment.core.recommend.eval.Metrics;
import io.safesegment.core.recommend.eval.ModelEvaluation;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.recommend.model.AlsParams;
import io.safesegment.core.recommend.model.AlsVariant;
import io.safesegment.core.recommend.model.ImplicitAls;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ALS study of decision 0039 (a test-scope main, not a test and not part of {@code bench/run}): a random 80/20
 * hold-out of a generated purchase set, every item the customer has not bought in training a candidate, ALS settings
 * given on the command line against the reference models. Args: customers products purchasesPerCustomer
 * popularityExp (or {@code sample}: the bundled {@code sample-datasets/transactions.csv}), then model names, {@code als-old} (the former defaults and absolute λ), {@code tuned:NAME} (the model
 * tuned by {@link ModelTuner} on the training part only), ALS settings {@code als:factors:iterations:lambda:alpha:cgSteps}
 * or the same for {@link AlsVariant} as {@code v:…} (variant chosen by system properties, see there), and BPR settings
 * {@code bpr:factors:epochs:learningRate:lambda}.
 */
public final class ImplicitAlsStudy {
    private ImplicitAlsStudy() {
    }

    /** The defaults before decision 0039, with the absolute λ of that time ({@link AlsVariant} without -Dv.reg). */
    private static final AlsParams OLD_ALS = new AlsParams(32, 15, 0.1, 10, 3, 42);

    public static void main(String[] args) {
        InteractionMatrix tx;
        String shape;
        if (args[0].equals("sample")) {
            // the bundled sample data (a different generator: planted segments and bundles), read like the CLI does
            java.nio.file.Path dir = java.nio.file.Path.of("sample-datasets");
            ProductCatalog products = ProductCatalog.load(dir.resolve("products.csv"));
            tx = io.safesegment.core.recommend.data.TransactionLoader.load(dir.resolve("transactions.csv"),
                    io.safesegment.core.recommend.data.TransactionOptions.defaults(), products.products().keySet(),
                    Progress.NONE);
            shape = "sample-datasets/transactions.csv";
        } else {
            int customers = Integer.parseInt(args[0]);
            int products = Integer.parseInt(args[1]);
            int per = Integer.parseInt(args[2]);
            double popExp = Double.parseDouble(args[3]);
            RealisticPurchases d = RealisticPurchases.sized(customers, products, customers * per, 1);
            tx = new RealisticPurchases(d.customers(), d.products(), d.purchases(), popExp, d.activitySigma(),
                    d.minPerCustomer(), d.rank(), d.selection(), d.repeatRate(), d.seed()).generate();
            shape = "Zipf " + popExp;
        }
        ModelContext ctx = new ModelContext(ProductCatalog.empty(), Map.of(), 42, 0);
        List<Evaluator.Candidate> candidates = new ArrayList<>();
        for (int a = args[0].equals("sample") ? 1 : 4; a < args.length; a++) {
            String spec = args[a];
            if (spec.startsWith("als:")) {
                String[] p = spec.split(":");
                AlsParams ap = new AlsParams(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]),
                        Double.parseDouble(p[4]), Integer.parseInt(p[5]), 42);
                candidates.add(new Evaluator.Candidate(spec, () -> new ImplicitAls(ap)));
            } else if (spec.startsWith("v:")) {
                String[] p = spec.split(":");
                AlsParams ap = new AlsParams(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]),
                        Double.parseDouble(p[4]), Integer.parseInt(p[5]), 42);
                candidates.add(new Evaluator.Candidate(spec, () -> new AlsVariant(ap)));
            } else if (spec.startsWith("bpr:")) {
                String[] p = spec.split(":");
                io.safesegment.core.recommend.model.BprParams bp = new io.safesegment.core.recommend.model.BprParams(
                        Integer.parseInt(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]),
                        Double.parseDouble(p[4]), 42);
                candidates.add(new Evaluator.Candidate(spec,
                        () -> new io.safesegment.core.recommend.model.BprRecommender(bp)));
            } else if (spec.startsWith("tuned:")) {
                String name = spec.substring(6);
                ModelParameters base = ModelParameters.defaults(42);
                candidates.add(new Evaluator.Candidate(spec, null, train -> {
                    ModelTuner.Tuned t = new ModelTuner(ctx, 42).tune(name, train, base, Progress.NONE);
                    System.out.println("  tuned " + name + " on the training part: " + t.result());
                    return Recommenders.create(name, ctx, t.params());
                }));
            } else if (spec.equals("als-old")) {
                candidates.add(new Evaluator.Candidate(spec, () -> new AlsVariant(OLD_ALS)));
            } else {
                candidates.add(new Evaluator.Candidate(spec, () -> Recommenders.create(spec, ctx)));
            }
        }
        EvaluationOptions holdOut = new EvaluationOptions(SplitKind.RANDOM, 1, 10, 0.2,
                Integer.getInteger("study.maxUsers", 5000), null, 42);
        EvaluationReport report = new Evaluator(tx, ProductCatalog.empty(), Map.of(), holdOut)
                .evaluate(candidates, Progress.NONE);
        System.out.printf("%,d customers x %,d products, %,d pairs, %s%n", report.users(), report.items(),
                report.interactions(), shape);
        for (ModelEvaluation m : report.models()) {
            Metrics x = m.overall();
            System.out.printf("  %-28s fit %7.2f s  NDCG@10 %.4f  recall@10 %.4f  coverage %.4f  popRank %.1f%n",
                    m.model(), m.fitSeconds(), x.ndcg(), x.recall(), x.coverage(), x.popularityRank());
        }
    }
}
