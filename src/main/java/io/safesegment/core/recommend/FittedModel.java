package io.safesegment.core.recommend;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.model.Explanation;
import io.safesegment.core.recommend.model.PopularityParams;
import io.safesegment.core.recommend.model.PopularityRecommender;
import io.safesegment.core.recommend.model.Recommender;
import io.safesegment.core.recommend.model.ScoredItem;
import io.safesegment.core.recommend.model.TopN;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A model fitted on a dataset, with the product catalogue for names and a popularity fallback: the preview API the
 * CLI uses and the GUI is meant to use (both previews are read-only and may run on a background thread).
 */
public final class FittedModel {
    private final Recommender model;
    private final ProductCatalog catalogue;
    private final PopularityRecommender fallback;

    private FittedModel(Recommender model, ProductCatalog catalogue, PopularityRecommender fallback) {
        this.model = model;
        this.catalogue = catalogue;
        this.fallback = fallback;
    }

    /** Fits {@code model} (and a global popularity fallback for unknown customers) on {@code data}. */
    public static FittedModel fit(Recommender model, InteractionMatrix data, ProductCatalog catalogue,
            Progress progress) {
        model.fit(data, progress.slice(0, 0.95));
        PopularityRecommender pop = new PopularityRecommender(PopularityParams.defaults());
        pop.fit(data, progress.slice(0.95, 1));
        return new FittedModel(model, catalogue == null ? ProductCatalog.empty() : catalogue, pop);
    }

    public Recommender model() {
        return model;
    }

    /**
     * The top {@code n} unseen items for a customer; customers without history, and items the model cannot rank,
     * are filled from global popularity so that the list is never shorter than the catalogue allows.
     */
    public UserPreview preview(String userId, int n) {
        InteractionMatrix data = model.data();
        int user = data.users().indexOf(userId);
        boolean known = user >= 0 && data.rowLength(user) > 0;
        List<ScoredItem> items = new ArrayList<>(known ? model.recommend(user, n, true) : List.of());
        if (items.size() < n) {
            boolean[] taken = new boolean[data.items().size()];
            items.forEach(s -> taken[s.item()] = true);
            for (ScoredItem s : fallback.recommend(user, n + items.size(), true)) {
                if (items.size() >= n) {
                    break;
                }
                if (!taken[s.item()]) {
                    items.add(s);
                }
            }
        }
        List<RecommendedItem> out = new ArrayList<>();
        for (ScoredItem s : items) {
            out.add(item(out.size() + 1, s.itemId(), s.score(), s.explanation()));
        }
        return new UserPreview(userId, model.name(), known, known ? data.rowLength(user) : 0, out);
    }

    /**
     * Top {@code n} items for a segment: each sampled member's scores are divided by that member's best score and
     * averaged, so that heavy buyers do not dominate; items are not excluded (members differ in what they own).
     *
     * @param memberIds  customer ids of the segment
     * @param maxMembers aggregate at most this many members (seeded sample), &gt; 0
     */
    public SegmentPreview segmentPreview(String segment, Collection<String> memberIds, int n, int maxMembers,
            long seed, Progress progress) {
        InteractionMatrix data = model.data();
        int[] members = memberIds.stream().mapToInt(id -> data.users().indexOf(id))
                .filter(u -> u >= 0 && data.rowLength(u) > 0).sorted().distinct().toArray();
        int[] sample = members;
        if (members.length > maxMembers) {
            sample = members.clone();
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int x = sample.length - 1; x > 0; x--) {
                int y = rnd.nextInt(x + 1);
                int t = sample[x];
                sample[x] = sample[y];
                sample[y] = t;
            }
            sample = Arrays.copyOf(sample, maxMembers);
            Arrays.sort(sample);
        }
        int nItems = data.items().size();
        double[] sum = new double[nItems];
        int[] owners = new int[nItems];
        float[] scores = new float[nItems];
        for (int x = 0; x < sample.length; x++) {
            if ((x & 63) == 0) {
                progress.checkCancelled();
                progress.report((double) x / sample.length, Message.of("progress.recommend.scoring"));
            }
            int u = sample[x];
            model.score(u, scores);
            float max = 0;
            for (float s : scores) {
                if (s > max && s != Float.POSITIVE_INFINITY) {
                    max = s;
                }
            }
            for (int i = 0; i < nItems; i++) {
                float s = scores[i];
                if (max > 0 && s > 0 && s != Float.NEGATIVE_INFINITY) {
                    sum[i] += s / max;
                }
            }
            for (int e = data.start(u); e < data.end(u); e++) {
                owners[data.col(e)]++;
            }
        }
        float[] mean = new float[nItems];
        for (int i = 0; i < nItems; i++) {
            mean[i] = sample.length == 0 ? Float.NEGATIVE_INFINITY : (float) (sum[i] / sample.length);
            if (sample.length > 0 && sum[i] == 0) {
                mean[i] = Float.NEGATIVE_INFINITY;
            }
        }
        if (sample.length == 0) {
            fallback.score(-1, mean);
        }
        List<RecommendedItem> out = new ArrayList<>();
        for (int i : TopN.select(mean, n)) {
            String id = data.items().id(i);
            String text = sample.length == 0 ? "popular with all customers (no segment member has history)"
                    : "scored highly for the segment's members; " + owners[i] + " of " + sample.length
                            + " sampled members already bought it";
            out.add(new RecommendedItem(out.size() + 1, id, catalogue.label(id), catalogue.category(id), mean[i],
                    sample.length == 0 ? Explanation.Kind.POPULAR.name() : "SEGMENT_PROFILE", text, List.of()));
        }
        progress.report(1, Message.of("progress.recommend.preview"));
        return new SegmentPreview(segment, model.name(), members.length, sample.length, out);
    }

    private RecommendedItem item(int rank, String id, double score, Explanation e) {
        return new RecommendedItem(rank, id, catalogue.label(id), catalogue.category(id), score, e.kind().name(),
                e.text(catalogue::label), e.relatedItems());
    }
}
