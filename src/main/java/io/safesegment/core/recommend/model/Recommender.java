package io.safesegment.core.recommend.model;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * A top-N recommender over an {@link InteractionMatrix}. Users and items are the matrix's indices; the façade
 * {@code io.safesegment.core.recommend.RecommendService} maps external ids.
 *
 * <p>Call {@link #fit} once, then {@link #score} and {@link #explain} from any thread (models are read-only after
 * fitting).
 */
public interface Recommender {

    /** Short model name as used on the command line ({@code itemknn}, {@code als}, ...). */
    String name();

    /** The hyper-parameters, a record that serialises to JSON. */
    Object params();

    /** Learns from {@code train}; randomised models use the seed of their parameters. */
    void fit(InteractionMatrix train, Progress progress);

    /** The matrix the model was fitted on. */
    InteractionMatrix data();

    /**
     * Writes a score per item into {@code scores} (length = item count); higher is better, and
     * {@code Float.NEGATIVE_INFINITY} means "cannot recommend".
     */
    void score(int user, float[] scores);

    /** Why {@code item} suits {@code user}. */
    Explanation explain(int user, int item);

    /** The top {@code n} items for {@code user}, best first, optionally without items the user already has. */
    default List<ScoredItem> recommend(int user, int n, boolean excludeSeen) {
        InteractionMatrix m = data();
        float[] scores = new float[m.items().size()];
        score(user, scores);
        if (excludeSeen && user >= 0 && user < m.rows()) {
            for (int e = m.start(user); e < m.end(user); e++) {
                scores[m.col(e)] = Float.NEGATIVE_INFINITY;
            }
        }
        int[] top = TopN.select(scores, n);
        List<ScoredItem> out = new ArrayList<>(top.length);
        for (int item : top) {
            out.add(new ScoredItem(item, m.items().id(item), scores[item], explain(user, item)));
        }
        return out;
    }
}
