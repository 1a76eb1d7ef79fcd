package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks items by the number of distinct users who interacted with them, globally or within the user's segment.
 * As a rating predictor it returns the damped item mean, the usual non-personalised baseline.
 */
public final class PopularityRecommender implements Recommender, RatingPredictor {
    private final PopularityParams params;
    private InteractionMatrix data;
    private float[] global;
    private final Map<String, float[]> bySegment = new HashMap<>();
    private String[] userSegment;
    private double[] dampedMean;

    public PopularityRecommender(PopularityParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public Object params() {
        // Not the segment map itself: it can hold a million customers.
        Map<String, Object> m = new java.util.LinkedHashMap<>(); // insertion order keeps the JSON stable
        m.put("damping", params.damping());
        m.put("segmented", !params.segments().isEmpty());
        return m;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        int nItems = train.items().size();
        global = new float[nItems];
        userSegment = new String[train.rows()];
        for (int u = 0; u < train.rows(); u++) {
            String seg = params.segments().get(train.users().id(u));
            userSegment[u] = seg;
            float[] counts = seg == null ? null : bySegment.computeIfAbsent(seg, s -> new float[nItems]);
            for (int e = train.start(u); e < train.end(u); e++) {
                global[train.col(e)]++;
                if (counts != null) {
                    counts[train.col(e)]++;
                }
            }
        }
        double mu = train.globalMean();
        dampedMean = new double[nItems];
        InteractionMatrix items = train.transpose();
        for (int i = 0; i < nItems; i++) {
            double sum = 0;
            for (int f = items.start(i); f < items.end(i); f++) {
                sum += items.value(f);
            }
            dampedMean[i] = (sum + params.damping() * mu) / (items.rowLength(i) + params.damping());
        }
        progress.report(1, Message.of("progress.model.popularity"));
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** Distinct users per item in the training data. */
    public float[] popularity() {
        return global.clone();
    }

    private float[] countsFor(int user) {
        String seg = user >= 0 && user < userSegment.length ? userSegment[user] : null;
        return seg == null ? global : bySegment.get(seg);
    }

    /** Scores of the segment's top items (used by segment previews); global when the segment is unknown. */
    public float[] segmentCounts(String segment) {
        float[] counts = bySegment.get(segment);
        return (counts == null ? global : counts).clone();
    }

    @Override
    public void score(int user, float[] scores) {
        float[] counts = countsFor(user);
        for (int i = 0; i < scores.length; i++) {
            // Global popularity breaks ties within a segment so that rarely seen items still come in a stable order.
            scores[i] = counts[i] + global[i] * 1e-6f;
        }
    }

    @Override
    public double predict(int user, int item) {
        return dampedMean[item];
    }

    @Override
    public Explanation explain(int user, int item) {
        String seg = user >= 0 && user < userSegment.length ? userSegment[user] : null;
        return seg == null ? Explanation.of(Explanation.Kind.POPULAR, List.of())
                : new Explanation(Explanation.Kind.POPULAR_IN_SEGMENT, List.of(), seg);
    }
}
