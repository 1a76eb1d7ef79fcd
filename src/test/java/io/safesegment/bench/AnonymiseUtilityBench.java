package io.safesegment.bench;

import io.safesegment.core.privacy.anonymise.AnonymisationResult;
import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Anonymiser;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.Transformation;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.WorkerPool;
import io.safesegment.core.utility.AnonymisationUtility;
import io.safesegment.core.utility.SampleAnonymisation;
import io.safesegment.core.utility.UtilityOptions;
import io.safesegment.core.utility.UtilityReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Issue #16 item 6: what marketing loses against what re-identification risk gains, for k = 2, 5, 10, 20 (4 %
 * suppression, loss metric): the adjusted Rand index of the same seeded k-means (k = 5 segments) on original and
 * anonymised customers, and NDCG@10 of segment popularity with the original versus the anonymised segments. On the
 * bundled samples (quasi-identifiers birth date, gender, city; demographic + behavioural features) and on the
 * foreign-shaped census extract (nine quasi-identifiers, demographic features only, seeded purchases that depend on
 * education, sex and age, as bought interests do). Beside each loss optimum, the other k's optima that are also
 * acceptable at that k (with more loss) are measured: the points a privacy officer and a marketer choose between.
 * Not a test: figures for bench/README.md and decision 0022.
 */
public final class AnonymiseUtilityBench {
    private static final int[] KS = {2, 5, 10, 20};
    private static final double SUPPRESSION = 0.04;
    private static final long SEED = 42;

    private AnonymiseUtilityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        BenchReport r = new BenchReport("anonymise-utility");
        SampleAnonymisation samples = SampleAnonymisation.read(root.resolve("sample-datasets"));
        sweep(r, "samples", samples.customers, SampleAnonymisation.QIS, samples.hierarchies, samples.transactions,
                samples.interactions, SampleAnonymisation.FEATURES);

        CensusShape shape = CensusShape.generate(16);
        Table census = withIdsAndNumericAge(shape.table);
        List<String> qis = new ArrayList<>(shape.hierarchies.keySet());
        sweep(r, "census", census, qis, shape.hierarchies, null, purchases(census, SEED),
                List.of("age", "sex", "education", "marital-status", "occupation", "workclass"));
        r.put("threads", WorkerPool.THREADS, "worker threads");
        r.finish(out);
    }

    private static void sweep(BenchReport r, String name, Table customers, List<String> qis,
                              Map<String, io.safesegment.core.privacy.anonymise.Hierarchy> hierarchies,
                              Table transactions, InteractionMatrix interactions, List<String> features) {
        UtilityOptions utility = UtilityOptions.of(FeatureOptions.of(features), 5, SEED);
        r.put(name + "_rows", customers.rowCount(), name + ": rows; features " + features);
        Map<Integer, AnonymiseOptions> options = new LinkedHashMap<>();
        Map<Integer, AnonymisationResult> optima = new LinkedHashMap<>();
        for (int k : KS) {
            options.put(k, new AnonymiseOptions(qis, hierarchies, null, List.of(new PrivacyModel.KAnonymity(k)),
                    SUPPRESSION, UtilityMetric.LOSS, WorkerPool.THREADS));
            optima.put(k, Anonymiser.search(customers, options.get(k), Progress.NONE));
        }
        // The other k's optima are points of the same solution space: where acceptable at this k too, their utility
        // shows what the loss metric's choice costs the marketer (issue #16 item 6, "pick a point together").
        List<List<Integer>> candidates = optima.values().stream().filter(AnonymisationResult::found)
                .map(o -> o.optimum().levels()).distinct().toList();
        for (int k : KS) {
            AnonymisationResult result = optima.get(k);
            if (!result.found()) {
                r.put(name + "_k" + k, "no solution", name + " k=" + k);
                continue;
            }
            List<Transformation> points = Anonymiser.check(customers, options.get(k), candidates.stream()
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList());
            List<Map<String, Object>> alternatives = new ArrayList<>();
            for (Transformation t : points) {
                boolean optimum = t.levels().equals(result.optimum().levels());
                if (!t.acceptable() || (!optimum && t.loss() <= result.optimum().loss())) {
                    continue;
                }
                Map<String, Object> row = measure(customers, options.get(k), t, result.rows(), transactions,
                        interactions, utility);
                String key = name + "_k" + k + (optimum ? "" : "_alt" + alternatives.size());
                if (optimum) {
                    r.putJson(key, row);
                } else {
                    alternatives.add(row);
                }
                r.put(key + "_summary", row.get("summary"), name + " k=" + k + (optimum ? " optimum" : " alternative"));
            }
            r.putJson(name + "_k" + k + "_alternatives", alternatives);
        }
    }

    private static Map<String, Object> measure(Table customers, AnonymiseOptions options, Transformation t, int rows,
                                               Table transactions, InteractionMatrix interactions,
                                               UtilityOptions utility) {
        long t0 = System.nanoTime();
        UtilityReport u = AnonymisationUtility.measure(customers, options, t.levelArray(), transactions, null,
                interactions, utility, Progress.NONE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int released = rows - t.suppressedRows();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("levels", t.levels());
        row.put("loss", t.loss());
        row.put("suppressedRows", t.suppressedRows());
        row.put("highestRisk", 1.0 / t.smallestClass());
        row.put("averageRisk", (double) t.classes() / released);
        row.put("ari", u.ari());
        row.put("ndcg10Original", u.ndcg10Original());
        row.put("ndcg10Anonymised", u.ndcg10Anonymised());
        row.put("ndcg10InteractionsOnly", u.ndcg10InteractionsOnly());
        row.put("segmentSizes", u.segmentSizes());
        row.put("utilityMillis", ms);
        row.put("summary", String.format(Locale.ROOT,
                "levels %s loss %.3f supp %d | risk max %.3f avg %.4f | ARI %.3f | NDCG@10 %.4f -> %.4f (%+.4f; "
                        + "global %.4f) | sizes %s | %d ms", t.levels(), t.loss(), t.suppressedRows(),
                1.0 / t.smallestClass(), (double) t.classes() / released, u.ari(), u.ndcg10Original(),
                u.ndcg10Anonymised(), u.ndcg10Change(), u.ndcg10InteractionsOnly(),
                u.segmentSizes().stream().map(s -> String.format(Locale.ROOT, "%d:%d->%d", s.segment(),
                        s.original(), s.anonymised())).toList(), ms));
        return row;
    }

    /** The census shape with a customer id and age as a number (as a real extract would be imported). */
    private static Table withIdsAndNumericAge(Table table) {
        Table t = Table.create("census");
        StringColumn ids = StringColumn.create("customer_id");
        for (int i = 0; i < table.rowCount(); i++) {
            ids.append(String.format(Locale.ROOT, "A%06d", i + 1));
        }
        t.addColumns(ids);
        for (var c : table.columns()) {
            if (c.name().equals("age")) {
                IntColumn age = IntColumn.create("age");
                for (int i = 0; i < c.size(); i++) {
                    age.append(Integer.parseInt(c.getString(i)));
                }
                t.addColumns(age);
            } else {
                t.addColumns(c.copy());
            }
        }
        return t;
    }

    /**
     * Seeded purchases: 240 products in 12 interest groups; a person's group follows from the exact education (16
     * values), sex and age decade with probability 0.6, otherwise any group; 6 to 14 purchases each. The interests
     * are finer than the hierarchies' groups on purpose: interests planted along the hierarchy would flatter the
     * anonymisation.
     */
    private static InteractionMatrix purchases(Table census, long seed) {
        Random rnd = new Random(seed);
        List<String> eduOrder = List.of("Preschool", "1st-4th", "5th-6th", "7th-8th", "9th", "10th", "11th", "12th",
                "HS-grad", "Some-college", "Assoc-voc", "Assoc-acdm", "Bachelors", "Masters", "Prof-school", "Doctorate");
        InteractionBuilder b = new InteractionBuilder();
        for (int i = 0; i < census.rowCount(); i++) {
            int edu = eduOrder.indexOf(census.stringColumn("education").get(i));
            int sex = census.stringColumn("sex").get(i).equals("Male") ? 1 : 0;
            int decade = census.intColumn("age").getInt(i) / 10;
            int group = (edu + 5 * sex + decade) % 12;
            int n = 6 + rnd.nextInt(9);
            for (int p = 0; p < n; p++) {
                int g = rnd.nextDouble() < 0.6 ? group : rnd.nextInt(12);
                int item = g * 20 + Math.min(19, (int) Math.abs(rnd.nextGaussian() * 6));
                b.add(census.stringColumn("customer_id").get(i), String.format(Locale.ROOT, "P%03d", item), 1f, p);
            }
        }
        return b.build(InteractionBuilder.Merge.SUM, null, false);
    }
}
