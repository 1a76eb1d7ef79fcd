package io.safesegment.core.recommend.model;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.Map;

/**
 * Collaborative filtering for users with history, falling back to content and popularity for cold users: warm users
 * get norm(collaborative) + contentWeight · norm(content); cold users (fewer than {@code minInteractions}) get
 * norm(content) + popularityWeight · norm(popularity), and users without history get popularity alone.
 * Cold items (no interactions) can still be reached through the content term.
 */
public final class HybridRecommender implements Recommender {
    private final HybridParams params;
    private final Recommender collaborative;
    private final Recommender content;
    private final PopularityRecommender popularity;
    private InteractionMatrix data;

    /**
     * @param collaborative the model for warm users (e.g. item-kNN or ALS)
     * @param content       content model, or null without a catalogue
     * @param popularity    popularity model (global or per segment)
     */
    public HybridRecommender(HybridParams params, Recommender collaborative, Recommender content,
            PopularityRecommender popularity) {
        this.params = params;
        this.collaborative = collaborative;
        this.content = content;
        this.popularity = popularity;
    }

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public Object params() {
        Map<String, Object> m = new java.util.LinkedHashMap<>(); // insertion order keeps the JSON stable
        m.put("hybrid", params);
        m.put("collaborative", collaborative.name());
        m.put("collaborativeParams", collaborative.params());
        m.put("content", content != null);
        return m;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        collaborative.fit(train, progress.slice(0, 0.8));
        if (content != null) {
            content.fit(train, progress.slice(0.8, 0.95));
        }
        popularity.fit(train, progress.slice(0.95, 1));
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    private boolean cold(int user) {
        return user < 0 || user >= data.rows() || data.rowLength(user) < params.minInteractions();
    }

    @Override
    public void score(int user, float[] scores) {
        int n = scores.length;
        float[] pop = new float[n];
        popularity.score(user, pop);
        Scores.normaliseInPlace(pop);
        boolean hasHistory = user >= 0 && user < data.rows() && data.rowLength(user) > 0;
        float[] cont = new float[n];
        if (content != null && hasHistory) {
            content.score(user, cont);
            Scores.normaliseInPlace(cont);
        }
        if (cold(user)) {
            float pw = hasHistory && content != null ? (float) params.popularityWeight() : 1f;
            for (int i = 0; i < n; i++) {
                scores[i] = cont[i] + pw * pop[i];
            }
            return;
        }
        collaborative.score(user, scores);
        Scores.normaliseInPlace(scores);
        float cw = (float) params.contentWeight();
        for (int i = 0; i < n; i++) {
            // A tiny popularity term orders items without any other evidence.
            scores[i] += cw * cont[i] + 1e-3f * pop[i];
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        if (cold(user)) {
            boolean hasHistory = user >= 0 && user < data.rows() && data.rowLength(user) > 0;
            if (content != null && hasHistory) {
                Explanation e = content.explain(user, item);
                if (!e.relatedItems().isEmpty()) {
                    return e;
                }
            }
            return popularity.explain(user, item);
        }
        float[] s = new float[data.items().size()];
        collaborative.score(user, s);
        if (s[item] == Float.NEGATIVE_INFINITY || s[item] <= 0) {
            return content != null ? content.explain(user, item) : popularity.explain(user, item);
        }
        return collaborative.explain(user, item);
    }
}
