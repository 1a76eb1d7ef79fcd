package io.safesegment.core.recommend.eval;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/** Sums per-user metric contributions; {@link #merge} combines partial sums in a fixed order (determinism). */
final class MetricAccumulator {
    long users;
    double precision;
    double recall;
    double ndcg;
    double map;
    double hits;
    double novelty;
    double diversity;
    long diversityLists;
    double popularityRank;
    long shown;
    double overload;
    final BitSet recommended = new BitSet();
    final Map<String, Long> categoryShown = new TreeMap<>();

    void merge(MetricAccumulator o) {
        users += o.users;
        precision += o.precision;
        recall += o.recall;
        ndcg += o.ndcg;
        map += o.map;
        hits += o.hits;
        novelty += o.novelty;
        diversity += o.diversity;
        diversityLists += o.diversityLists;
        popularityRank += o.popularityRank;
        shown += o.shown;
        overload += o.overload;
        recommended.or(o.recommended);
        o.categoryShown.forEach((c, n) -> categoryShown.merge(c, n, Long::sum));
    }

    Metrics toMetrics(int nItems, Double rmse, Double mae, Map<String, Double> categoryShareInData) {
        double n = Math.max(1, users);
        double p = precision / n;
        double r = recall / n;
        Map<String, Double> fairness = new TreeMap<>();
        if (shown > 0 && !categoryShareInData.isEmpty()) {
            for (Map.Entry<String, Double> e : categoryShareInData.entrySet()) {
                double share = categoryShown.getOrDefault(e.getKey(), 0L) / (double) shown;
                fairness.put(e.getKey(), e.getValue() > 0 ? round(share / e.getValue()) : 0.0);
            }
        }
        return new Metrics(users, round(p), round(r), round(p + r > 0 ? 2 * p * r / (p + r) : 0), round(ndcg / n),
                round(map / n), round(hits / n), rmse == null ? null : round(rmse), mae == null ? null : round(mae),
                round(nItems == 0 ? 0 : recommended.cardinality() / (double) nItems),
                round(shown == 0 ? 0 : novelty / shown), round(diversityLists == 0 ? 0 : diversity / diversityLists),
                round(shown == 0 ? 0 : popularityRank / shown), round(overload / n), fairness);
    }

    /** Six significant decimals keep the JSON stable across platforms' last-bit differences. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
