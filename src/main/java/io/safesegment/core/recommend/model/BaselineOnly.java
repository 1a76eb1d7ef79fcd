package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.List;

/**
 * The baseline-only model r̂(u,i) = μ + b_u + b_i (Koren 2010 §2.1; Surprise's {@code BaselineOnly}): the reference
 * every personalised rating model must beat. As a ranker it orders items by b_i (the same for every customer).
 */
public final class BaselineOnly implements Recommender, RatingPredictor {
    private final BaselineParams params;
    private InteractionMatrix data;
    private Baselines baselines;

    public BaselineOnly(BaselineParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public BaselineParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        this.baselines = Baselines.fit(train, params);
        progress.report(1, Message.of("progress.model.baseline"));
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** The fitted global mean μ. */
    public double globalMean() {
        return baselines.mu;
    }

    /** The fitted bias of {@code user}. */
    public double userBias(int user) {
        return baselines.bu[user];
    }

    /** The fitted bias of {@code item}. */
    public double itemBias(int item) {
        return baselines.bi[item];
    }

    @Override
    public double predict(int user, int item) {
        return baselines.clip(baselines.baseline(user, item));
    }

    @Override
    public void score(int user, float[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) baselines.baseline(user, i);
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        return Explanation.of(Explanation.Kind.POPULAR, List.of());
    }
}
