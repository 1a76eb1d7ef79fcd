package io.safesegment.core.recommend.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** L2-normalised TF-IDF vectors (sorted term ids + weights) of short product texts. */
final class TfIdf {
    private static final Set<String> STOP = Set.of("a", "an", "and", "the", "of", "for", "in", "on", "with", "to",
            "our", "from", "by", "or", "is", "it", "its", "your", "you", "at", "as", "be", "this", "that", "range");

    final int[][] terms;
    final float[][] weights;
    final int vocabulary;

    private TfIdf(int[][] terms, float[][] weights, int vocabulary) {
        this.terms = terms;
        this.weights = weights;
        this.vocabulary = vocabulary;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (t.length() >= 2 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Builds vectors for {@code docs} (null or empty = no vector). */
    static TfIdf build(List<String> docs, ContentParams params) {
        int n = docs.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        int nonEmpty = 0;
        for (String d : docs) {
            Map<String, Integer> c = new TreeMap<>();
            if (d != null) {
                for (String t : tokens(d)) {
                    c.merge(t, 1, Integer::sum);
                }
            }
            if (!c.isEmpty()) {
                nonEmpty++;
            }
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(c);
        }
        Map<String, Integer> ids = new TreeMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(df).entrySet()) {
            if (e.getValue() >= params.minDocumentFrequency() && e.getValue() <= params.maxDocumentShare() * nonEmpty) {
                ids.put(e.getKey(), ids.size());
            }
        }
        int[][] terms = new int[n][];
        float[][] weights = new float[n][];
        for (int i = 0; i < n; i++) {
            List<int[]> kept = new ArrayList<>();
            double norm = 0;
            List<Double> w = new ArrayList<>();
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                Integer id = ids.get(e.getKey());
                if (id != null) {
                    double v = (1 + Math.log(e.getValue())) * Math.log((double) nonEmpty / df.get(e.getKey()));
                    kept.add(new int[] {id});
                    w.add(v);
                    norm += v * v;
                }
            }
            terms[i] = new int[kept.size()];
            weights[i] = new float[kept.size()];
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int t = 0; t < kept.size(); t++) {
                terms[i][t] = kept.get(t)[0];
                weights[i][t] = (float) (w.get(t) * scale);
            }
        }
        return new TfIdf(terms, weights, ids.size());
    }

    /** Cosine of two items (vectors are unit length). */
    double cosine(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        double s = 0;
        int x = 0;
        int y = 0;
        while (x < ta.length && y < tb.length) {
            if (ta[x] == tb[y]) {
                s += weights[a][x++] * weights[b][y++];
            } else if (ta[x] < tb[y]) {
                x++;
            } else {
                y++;
            }
        }
        return s;
    }
}
