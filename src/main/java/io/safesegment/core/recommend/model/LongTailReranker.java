package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.Map;

/**
 * Re-ranks another model's scores to favour less popular items: score' = norm(score) − weight · log(1 + pop_i) /
 * log(1 + max pop), with pop = distinct users per item. Weight 0 keeps the base ranking; about 0.2–0.5 visibly
 * increases coverage and novelty at some cost in accuracy.
 */
public final class LongTailReranker implements Recommender {
    private final Recommender base;
    private final double weight;
    private float[] penalty;

    /** @param weight popularity discount, ≥ 0 */
    public LongTailReranker(Recommender base, double weight) {
        if (!(weight >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.weight", String.valueOf(weight)));
        }
        this.base = base;
        this.weight = weight;
    }

    @Override
    public String name() {
        return base.name() + "+longtail";
    }

    @Override
    public Object params() {
        Map<String, Object> m = new java.util.LinkedHashMap<>(); // insertion order keeps the JSON stable
        m.put("base", base.params());
        m.put("weight", weight);
        return m;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        base.fit(train, progress);
        int[] pop = train.columnCounts();
        int max = 1;
        for (int p : pop) {
            max = Math.max(max, p);
        }
        penalty = new float[pop.length];
        for (int i = 0; i < pop.length; i++) {
            penalty[i] = (float) (weight * Math.log1p(pop[i]) / Math.log1p(max));
        }
    }

    @Override
    public InteractionMatrix data() {
        return base.data();
    }

    @Override
    public void score(int user, float[] scores) {
        base.score(user, scores);
        boolean[] excluded = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            excluded[i] = scores[i] == Float.NEGATIVE_INFINITY;
        }
        Scores.normaliseInPlace(scores);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = excluded[i] ? Float.NEGATIVE_INFINITY : scores[i] - penalty[i];
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        return base.explain(user, item);
    }
}
