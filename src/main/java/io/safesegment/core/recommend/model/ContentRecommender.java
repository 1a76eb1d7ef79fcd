package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Content-based recommendations: TF-IDF vectors over product name, category and description; a user's profile is
 * the value-weighted sum of the vectors of the items they interacted with, and items are ranked by cosine between
 * profile and item. Works for items nobody bought yet (cold items) as long as they are columns of the matrix.
 */
public final class ContentRecommender implements Recommender {
    private final ContentParams params;
    private final ProductCatalog catalogue;
    private InteractionMatrix data;
    private TfIdf vectors;
    private int[][] postingItems;
    private float[][] postingWeights;

    public ContentRecommender(ContentParams params, ProductCatalog catalogue) {
        this.params = params;
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "content";
    }

    @Override
    public ContentParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        int n = train.items().size();
        List<String> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ProductCatalog.Product p = catalogue.get(train.items().id(i));
            docs.add(p == null ? null : p.name() + " " + p.category() + " " + p.description());
        }
        vectors = TfIdf.build(docs, params);
        int[] df = new int[vectors.vocabulary];
        for (int[] t : vectors.terms) {
            for (int term : t) {
                df[term]++;
            }
        }
        postingItems = new int[vectors.vocabulary][];
        postingWeights = new float[vectors.vocabulary][];
        for (int t = 0; t < df.length; t++) {
            postingItems[t] = new int[df[t]];
            postingWeights[t] = new float[df[t]];
        }
        int[] fill = new int[df.length];
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < vectors.terms[i].length; x++) {
                int t = vectors.terms[i][x];
                postingItems[t][fill[t]] = i;
                postingWeights[t][fill[t]++] = vectors.weights[i][x];
            }
        }
        progress.report(1, Message.of("progress.model.tfidf", vectors.vocabulary));
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    /** Cosine similarity of two items by description. */
    public double itemSimilarity(int a, int b) {
        return vectors.cosine(a, b);
    }

    @Override
    public void score(int user, float[] scores) {
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        if (user < 0 || user >= data.rows() || data.rowLength(user) == 0) {
            return;
        }
        double[] profile = new double[vectors.vocabulary];
        double norm = 0;
        for (int e = data.start(user); e < data.end(user); e++) {
            int j = data.col(e);
            for (int x = 0; x < vectors.terms[j].length; x++) {
                profile[vectors.terms[j][x]] += data.value(e) * vectors.weights[j][x];
            }
        }
        for (double v : profile) {
            norm += v * v;
        }
        if (norm == 0) {
            return;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int t = 0; t < profile.length; t++) {
            if (profile[t] != 0) {
                float w = (float) (profile[t] * scale);
                for (int x = 0; x < postingItems[t].length; x++) {
                    int i = postingItems[t][x];
                    scores[i] = (scores[i] == Float.NEGATIVE_INFINITY ? 0 : scores[i]) + w * postingWeights[t][x];
                }
            }
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        int best = -1;
        double bestS = 0;
        if (user >= 0 && user < data.rows()) {
            for (int e = data.start(user); e < data.end(user); e++) {
                double s = vectors.cosine(data.col(e), item);
                if (s > bestS) {
                    bestS = s;
                    best = data.col(e);
                }
            }
        }
        return Explanation.of(Explanation.Kind.SIMILAR_CONTENT, best < 0 ? List.of() : List.of(data.items().id(best)));
    }
}
