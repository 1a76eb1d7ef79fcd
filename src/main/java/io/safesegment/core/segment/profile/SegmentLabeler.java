package io.safesegment.core.segment.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a segment from the z-scores of its feature means: the up to three features farthest from the population
 * (|z| ≥ {@link #THRESHOLD}) become words, e.g. {@code High spend · infrequent · recent}.
 */
public final class SegmentLabeler {
    /** Features closer to the population mean than this many standard deviations are not mentioned. */
    public static final double THRESHOLD = 0.5;
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("order_count", new String[] {"frequent", "infrequent"}),
            Map.entry("avg_spend", new String[] {"high spend", "low spend"}),
            Map.entry("total_spend", new String[] {"high value", "low value"}),
            Map.entry("recency_days", new String[] {"lapsed", "recent"}),
            Map.entry("tenure_days", new String[] {"long-standing", "new"}),
            Map.entry("first_purchase_days", new String[] {"long-standing", "new"}),
            Map.entry("age", new String[] {"older", "younger"}),
            Map.entry("annual_income", new String[] {"high income", "low income"}));

    private SegmentLabeler() {
    }

    /** The label for a segment's feature statistics. */
    public static String label(List<SegmentProfile.FeatureStat> stats) {
        List<SegmentProfile.FeatureStat> notable = new ArrayList<>(stats.stream()
                .filter(s -> Math.abs(s.z()) >= THRESHOLD).toList());
        notable.sort(Comparator.comparingDouble((SegmentProfile.FeatureStat s) -> -Math.abs(s.z())));
        List<String> words = new ArrayList<>();
        for (SegmentProfile.FeatureStat s : notable) {
            String word = word(s.feature(), s.z() > 0);
            if (!words.contains(word)) {
                words.add(word);
            }
            if (words.size() == 3) {
                break;
            }
        }
        if (words.isEmpty()) {
            return "Average";
        }
        String text = String.join(" · ", words);
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String word(String feature, boolean high) {
        String[] pair = WORDS.get(feature);
        if (pair != null) {
            return high ? pair[0] : pair[1];
        }
        return (high ? "high " : "low ") + feature.replace('_', ' ');
    }
}
