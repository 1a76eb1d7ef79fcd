package io.safesegment.core.privacy.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * In how many distinct values of a deterministic sample of one identifier column each run occurs: the fixed
 * {@link LeakScanner#RUN_LENGTH}-character grams (for choosing rare anchors) and the runs of
 * {@link IdentifierStrength#runs} (for the partial check). A run shared with other people's values (a country code, an
 * email domain, a common prefix) does not single anyone out; a run found in one value only does. A sample of
 * {@value #SAMPLE} values is enough to see such shared runs and keeps the scan's memory flat on millions of rows.
 */
final class GramSample {
    static final int SAMPLE = 10_000;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> sampled = new HashSet<>();

    GramSample(String[] values) {
        int present = 0;
        for (String v : values) {
            present += v == null ? 0 : 1;
        }
        int step = Math.max(1, present / SAMPLE);
        int seen = 0;
        for (String v : values) {
            if (v != null && seen++ % step == 0 && sampled.size() < SAMPLE && sampled.add(v)) {
                Set<String> grams = new HashSet<>();
                for (int i = 0; i + LeakScanner.RUN_LENGTH <= v.length(); i++) {
                    grams.add(v.substring(i, i + LeakScanner.RUN_LENGTH));
                }
                IdentifierStrength.runs(v).forEach(r -> grams.add(r.text()));
                grams.forEach(g -> counts.merge(g, 1, Integer::sum));
            }
        }
    }

    /** Values other than {@code owner} in the sample that contain {@code gram}. */
    int othersWith(String gram, String owner) {
        int c = counts.getOrDefault(gram, 0);
        return sampled.contains(owner) ? c - 1 : c;
    }

    /** Values in the sample containing {@code gram} (for choosing the rarest anchor of a value). */
    int count(String gram) {
        return counts.getOrDefault(gram, 0);
    }
}
