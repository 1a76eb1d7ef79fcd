package io.safesegment.core.recommend.model;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;

/**
 * Item-based collaborative filtering: each item keeps its top-k most similar items; a user's score for item i is
 * Σ over the user's items j of sim(j, i) · value(u, j). For explicit ratings {@link #predict} uses the classic
 * mean-centred weighted average r̂(u,i) = μ_i + Σ_j s_ij (r_uj − μ_j) / Σ_j |s_ij| over the user's rated items j
 * in i's neighbour list.
 */
public final class ItemKnnRecommender implements Recommender, RatingPredictor {
    private final KnnParams params;
    private InteractionMatrix data;
    private Neighbours neighbours;
    private double[] itemMean;
    private double globalMean;

    public ItemKnnRecommender(KnnParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public KnnParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        InteractionMatrix items = train.transpose();
        this.neighbours = new Similarities(items, params.similarity(), params.shrinkage())
                .topK(params.neighbours(), progress);
        this.itemMean = new double[items.rows()];
        for (int i = 0; i < items.rows(); i++) {
            itemMean[i] = items.rowMean(i);
        }
        this.globalMean = train.globalMean();
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** The fitted neighbour lists (items × top-k). */
    public Neighbours neighbours() {
        return neighbours;
    }

    @Override
    public void score(int user, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        if (user < 0 || user >= data.rows()) {
            java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
            return;
        }
        for (int e = data.start(user); e < data.end(user); e++) {
            int j = data.col(e);
            float w = data.value(e);
            for (int f = neighbours.ptr()[j]; f < neighbours.ptr()[j + 1]; f++) {
                scores[neighbours.index()[f]] += neighbours.sim()[f] * w;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == 0f) {
                scores[i] = Float.NEGATIVE_INFINITY; // no evidence: leave to fallbacks instead of random order
            }
        }
    }

    @Override
    public double predict(int user, int item) {
        if (user < 0 || user >= data.rows()) {
            return item >= 0 && item < itemMean.length && data.transpose().rowLength(item) > 0 ? itemMean[item]
                    : globalMean;
        }
        if (data.transpose().rowLength(item) == 0) {
            return globalMean;
        }
        double num = 0;
        double den = 0;
        for (int f = neighbours.ptr()[item]; f < neighbours.ptr()[item + 1]; f++) {
            int j = neighbours.index()[f];
            float r = data.get(user, j);
            if (r != 0f || data.contains(user, j)) {
                double s = neighbours.sim()[f];
                num += s * (r - itemMean[j]);
                den += Math.abs(s);
            }
        }
        return den > 0 ? itemMean[item] + num / den : itemMean[item];
    }

    @Override
    public Explanation explain(int user, int item) {
        if (user < 0 || user >= data.rows()) {
            return Explanation.of(Explanation.Kind.CO_PURCHASE, List.of());
        }
        // The two purchases contributing most to this item's score.
        int best = -1;
        int second = -1;
        double bestC = 0;
        double secondC = 0;
        for (int e = data.start(user); e < data.end(user); e++) {
            int j = data.col(e);
            double c = neighbours.similarity(j, item) * data.value(e);
            if (c > bestC) {
                second = best;
                secondC = bestC;
                best = j;
                bestC = c;
            } else if (c > secondC) {
                second = j;
                secondC = c;
            }
        }
        List<String> related = best < 0 ? List.of() : second < 0 ? List.of(data.items().id(best))
                : List.of(data.items().id(best), data.items().id(second));
        return Explanation.of(Explanation.Kind.CO_PURCHASE, related);
    }
}
