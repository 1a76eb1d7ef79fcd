package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.task.Progress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sparse similarity computation between the rows of a matrix ("objects") described by their columns ("raters").
 * Only pairs with at least one common rater are visited, so the cost is the sum over raters of (values per rater)²
 * rather than objects².
 *
 * <p>Shrinkage multiplies a similarity by n / (n + λ), n = number of common raters, which damps similarities
 * resting on very few raters.
 */
public final class Similarities {
    private static final int BLOCK = 256;
    /**
     * Candidates per neighbour that get their exact similarity in {@link #cappedTopK}: 4 kept 99.9 % of the summed
     * similarity that 10 kept on the million-customer set, at two thirds of the time.
     */
    static final int CANDIDATES_PER_NEIGHBOUR = 4;

    private final InteractionMatrix objects;
    private final InteractionMatrix raters;
    private final Similarity kind;
    private final double shrinkage;
    private final double[] objectMean;
    private final double[] raterMean;
    private final double[] norm;

    /**
     * @param objects   matrix whose rows are compared (for item-kNN the item × user transpose)
     * @param kind      similarity
     * @param shrinkage λ ≥ 0
     */
    public Similarities(InteractionMatrix objects, Similarity kind, double shrinkage) {
        this.objects = objects;
        this.raters = objects.transpose();
        this.kind = kind;
        this.shrinkage = shrinkage;
        this.objectMean = rowMeans(objects);
        this.raterMean = rowMeans(raters);
        this.norm = new double[objects.rows()];
        for (int a = 0; a < objects.rows(); a++) {
            double s = 0;
            for (int e = objects.start(a); e < objects.end(a); e++) {
                s += (double) objects.value(e) * objects.value(e);
            }
            norm[a] = Math.sqrt(s);
        }
    }

    private static double[] rowMeans(InteractionMatrix m) {
        double[] means = new double[m.rows()];
        for (int r = 0; r < m.rows(); r++) {
            means[r] = m.rowMean(r);
        }
        return means;
    }

    /** The value of object a's entry e as this similarity sees it (centred for Pearson / adjusted cosine). */
    private double centred(int a, int rater, float value) {
        return switch (kind) {
            case COSINE -> value;
            case PEARSON -> value - objectMean[a];
            case ADJUSTED_COSINE -> value - raterMean[rater];
        };
    }

    /** Reusable accumulators for one thread. */
    final class Work {
        final double[] dot = new double[objects.rows()];
        final double[] sa = new double[objects.rows()];
        final double[] sb = new double[objects.rows()];
        final int[] common = new int[objects.rows()];
        final int[] touched = new int[objects.rows()];
        int nTouched;
        /** The capped search's accumulators, made on its first use. */
        CappedNeighbourSearch.Scratch scratch;
    }

    Work newWork() {
        return new Work();
    }

    /**
     * Fills {@code out} (length = objects) with a's similarity to every object (0 where no common rater), and
     * returns the touched objects in w.touched[0..w.nTouched).
     */
    void row(int a, Work w, float[] out) {
        w.nTouched = 0;
        for (int e = objects.start(a); e < objects.end(a); e++) {
            int c = objects.col(e);
            double xa = centred(a, c, objects.value(e));
            for (int f = raters.start(c); f < raters.end(c); f++) {
                int b = raters.col(f);
                if (b == a) {
                    continue;
                }
                double xb = centred(b, c, raters.value(f));
                if (w.common[b] == 0) {
                    w.touched[w.nTouched++] = b;
                }
                w.common[b]++;
                w.dot[b] += xa * xb;
                w.sa[b] += xa * xa;
                w.sb[b] += xb * xb;
            }
        }
        for (int k = 0; k < w.nTouched; k++) {
            int b = w.touched[k];
            double denom = kind == Similarity.COSINE ? norm[a] * norm[b] : Math.sqrt(w.sa[b] * w.sb[b]);
            double s = denom > 0 ? w.dot[b] / denom : 0;
            int n = w.common[b];
            out[b] = (float) (s * n / (n + shrinkage));
            w.dot[b] = 0;
            w.sa[b] = 0;
            w.sb[b] = 0;
            w.common[b] = 0;
        }
    }

    /**
     * The {@code k} most similar objects to {@code a} (positive similarities, best first) when some of a's raters
     * rate very many objects. Of a rater list longer than {@code cap} only the {@code cap} objects nearest to
     * {@code a} in norm are visited: with shrinkage, an object with a much smaller norm cannot share enough raters
     * with a, and one with a much larger norm is divided by it (for 0/1 values the bound on the similarity peaks
     * where the norms are equal), so that window holds the best candidates the rater can contribute, and the search
     * costs |values of a| × cap instead of the full co-rater count — on a million customers every product is bought
     * by tens of thousands. The {@value #CANDIDATES_PER_NEIGHBOUR}·k best candidates by that partial overlap then
     * get their exact similarity (a merge of the two sorted rows), so the returned similarities are exact and only
     * the neighbour set is approximate. Returns -1 when no list exceeds {@code cap}: the exact {@link #row}
     * applies. The visited lists are built once per cap ({@link CappedNeighbourSearch}).
     *
     * @param ids  receives the neighbours (length ≥ k)
     * @param sims receives their similarities
     * @return the number of neighbours written, or -1 when no rater list is longer than cap
     */
    int cappedTopK(int a, int k, int cap, Work w, int[] ids, float[] sims) {
        boolean capped = false;
        for (int e = objects.start(a); e < objects.end(a) && !capped; e++) {
            capped = raters.rowLength(objects.col(e)) > cap;
        }
        if (!capped) {
            return -1;
        }
        CappedNeighbourSearch search = search(cap);
        if (w.scratch == null) {
            w.scratch = search.newScratch();
        }
        CappedNeighbourSearch.Scratch s = w.scratch;
        int[] best = search.candidates(a, CANDIDATES_PER_NEIGHBOUR * k, s);
        float[] exact = new float[best.length];
        for (int x = 0; x < best.length; x++) {
            float sim = (float) exact(a, search.object(s.touched[best[x]]));
            exact[x] = sim > 0 ? sim : Float.NEGATIVE_INFINITY;
        }
        int[] top = TopN.select(exact, k);
        for (int x = 0; x < top.length; x++) {
            ids[x] = search.object(s.touched[best[top[x]]]);
            sims[x] = exact[top[x]];
        }
        return top.length;
    }

    private volatile CappedNeighbourSearch search;

    /** The candidate lists for {@code cap}, built once (and again only for another cap). */
    private CappedNeighbourSearch search(int cap) {
        CappedNeighbourSearch s = search;
        if (s != null && s.cap() == cap) {
            return s;
        }
        synchronized (this) {
            if (search == null || search.cap() != cap) {
                search = new CappedNeighbourSearch(objects, raters, norm, shrinkage, cap);
            }
            return search;
        }
    }

    /** The exact similarity of a and b by merging their sorted rows (the same formula as {@link #row}). */
    double exact(int a, int b) {
        int ea = objects.start(a);
        int eb = objects.start(b);
        double dot = 0;
        double sa = 0;
        double sb = 0;
        int n = 0;
        while (ea < objects.end(a) && eb < objects.end(b)) {
            int ca = objects.col(ea);
            int cb = objects.col(eb);
            if (ca < cb) {
                ea++;
            } else if (cb < ca) {
                eb++;
            } else {
                double xa = centred(a, ca, objects.value(ea));
                double xb = centred(b, cb, objects.value(eb));
                dot += xa * xb;
                sa += xa * xa;
                sb += xb * xb;
                n++;
                ea++;
                eb++;
            }
        }
        double denom = kind == Similarity.COSINE ? norm[a] * norm[b] : Math.sqrt(sa * sb);
        double s = denom > 0 ? dot / denom : 0;
        return n == 0 ? 0 : s * n / (n + shrinkage);
    }

    /** Similarity of two objects (for tests and explanations; O(values of a × raters)). */
    public double between(int a, int b) {
        float[] out = new float[objects.rows()];
        row(a, newWork(), out);
        return out[b];
    }

    /**
     * The top-{@code k} positive-similarity neighbours of every object, computed in parallel blocks.
     * Only positive similarities are kept: negative neighbours hurt top-N ranking more than they help.
     */
    public Neighbours topK(int k, Progress progress) {
        int n = objects.rows();
        int[][] idx = new int[n][];
        float[][] sims = new float[n][];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger done = new AtomicInteger();
        ThreadLocal<Work> work = ThreadLocal.withInitial(this::newWork);
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[n]);
        IntStream.range(0, blocks).parallel().forEach(block -> {
            progress.checkCancelled();
            Work w = work.get();
            float[] row = buffers.get();
            for (int a = block * BLOCK; a < Math.min(n, (block + 1) * BLOCK); a++) {
                row(a, w, row);
                float[] candidates = new float[w.nTouched];
                for (int t = 0; t < w.nTouched; t++) {
                    int b = w.touched[t];
                    candidates[t] = row[b] > 0 ? row[b] : Float.NEGATIVE_INFINITY;
                }
                int[] best = TopN.select(candidates, k);
                idx[a] = new int[best.length];
                sims[a] = new float[best.length];
                for (int t = 0; t < best.length; t++) {
                    idx[a][t] = w.touched[best[t]];
                    sims[a][t] = candidates[best[t]];
                }
                for (int t = 0; t < w.nTouched; t++) {
                    row[w.touched[t]] = 0;
                }
            }
            int d = done.incrementAndGet();
            synchronized (progress) {
                progress.report((double) d / blocks, Message.of("progress.model.neighbours", Math.min(n, d * BLOCK), n));
            }
        });
        int[] ptr = new int[n + 1];
        for (int a = 0; a < n; a++) {
            ptr[a + 1] = ptr[a] + idx[a].length;
        }
        int[] index = new int[ptr[n]];
        float[] sim = new float[ptr[n]];
        for (int a = 0; a < n; a++) {
            System.arraycopy(idx[a], 0, index, ptr[a], idx[a].length);
            System.arraycopy(sims[a], 0, sim, ptr[a], sims[a].length);
        }
        return new Neighbours(ptr, index, sim);
    }
}
