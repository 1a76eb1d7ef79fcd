package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.IdIndex;
import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.Arrays;
import java.util.List;

/**
 * First-order Markov chain over items: P(next = i | last = j) estimated from consecutive purchases of each user,
 * ordered by the time of their latest purchase of each item (the matrix keeps one time per user–item pair).
 * A user's score for i is Σ over the latest {@code history} items j_l of decay^l · P(i | j_l).
 */
public final class MarkovRecommender implements Recommender {
    private final MarkovParams params;
    private InteractionMatrix data;
    private InteractionMatrix transitions;
    private float[] outTotal;

    public MarkovRecommender(MarkovParams params) {
        this.params = params;
    }

    @Override
    public String name() {
        return "markov";
    }

    @Override
    public MarkovParams params() {
        return params;
    }

    @Override
    public void fit(InteractionMatrix train, Progress progress) {
        this.data = train;
        int nItems = train.items().size();
        InteractionBuilder b = new InteractionBuilder();
        IdIndex from = b.users();
        IdIndex to = b.items();
        for (int i = 0; i < nItems; i++) {
            from.add(train.items().id(i));
            to.add(train.items().id(i));
        }
        for (int u = 0; u < train.rows(); u++) {
            int[] seq = ordered(u);
            for (int s = 1; s < seq.length; s++) {
                b.add(seq[s - 1], seq[s], 1f, Long.MIN_VALUE);
            }
            if ((u & 0xffff) == 0) {
                progress.checkCancelled();
            }
        }
        transitions = b.build(InteractionBuilder.Merge.SUM, null, false);
        outTotal = new float[nItems];
        for (int j = 0; j < nItems; j++) {
            for (int e = transitions.start(j); e < transitions.end(j); e++) {
                outTotal[j] += transitions.value(e);
            }
        }
        progress.report(1, Message.of("progress.model.transitions", transitions.nnz()));
    }

    /** The user's items ordered by time (ties and unknown times by item index). */
    private int[] ordered(int u) {
        int s = data.start(u);
        int n = data.rowLength(u);
        long[] keys = new long[n];
        for (int x = 0; x < n; x++) {
            long t = data.time(s + x);
            keys[x] = x; // fallback: column order
            if (t != Long.MIN_VALUE) {
                keys[x] = t;
            }
        }
        Integer[] idx = new Integer[n];
        for (int x = 0; x < n; x++) {
            idx[x] = x;
        }
        Arrays.sort(idx, (a, c) -> keys[a] != keys[c] ? Long.compare(keys[a], keys[c]) : Integer.compare(a, c));
        int[] out = new int[n];
        for (int x = 0; x < n; x++) {
            out[x] = data.col(s + idx[x]);
        }
        return out;
    }

    @Override
    public InteractionMatrix data() {
        return data;
    }

    @Override
    public void score(int user, float[] scores) {
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        if (user < 0 || user >= data.rows() || data.rowLength(user) == 0) {
            return;
        }
        int[] seq = ordered(user);
        double w = 1;
        for (int l = 0; l < params.history() && l < seq.length; l++, w *= params.decay()) {
            int j = seq[seq.length - 1 - l];
            if (outTotal[j] == 0) {
                continue;
            }
            for (int e = transitions.start(j); e < transitions.end(j); e++) {
                int i = transitions.col(e);
                float add = (float) (w * transitions.value(e) / outTotal[j]);
                scores[i] = scores[i] == Float.NEGATIVE_INFINITY ? add : scores[i] + add;
            }
        }
    }

    @Override
    public Explanation explain(int user, int item) {
        if (user < 0 || user >= data.rows() || data.rowLength(user) == 0) {
            return Explanation.of(Explanation.Kind.NEXT_ITEM, List.of());
        }
        int[] seq = ordered(user);
        int best = seq[seq.length - 1];
        double bestS = 0;
        double w = 1;
        for (int l = 0; l < params.history() && l < seq.length; l++, w *= params.decay()) {
            int j = seq[seq.length - 1 - l];
            double s = outTotal[j] == 0 ? 0 : w * transitions.get(j, item) / outTotal[j];
            if (s > bestS) {
                bestS = s;
                best = j;
            }
        }
        return Explanation.of(Explanation.Kind.NEXT_ITEM, List.of(data.items().id(best)));
    }
}
