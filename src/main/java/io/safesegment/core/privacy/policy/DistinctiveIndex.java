package io.safesegment.core.privacy.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds any distinctive identifier value inside a piece of text without comparing the text with every value: each
 * value is filed under its rarest run of {@link LeakScanner#RUN_LENGTH} characters (its anchor), so a text is
 * checked with one lookup per position and a few exact comparisons. Values shorter than a run (two- or
 * three-character Chinese names) are looked up by their length.
 */
final class DistinctiveIndex {
    private record Entry(String value, int offset, String column) {
    }

    private final Map<String, List<Entry>> byAnchor = new HashMap<>();
    private final Map<Integer, Map<String, String>> shortByLength = new TreeMap<>();

    void add(String value, String column, GramSample sample) {
        int k = LeakScanner.RUN_LENGTH;
        if (value.length() < k) {
            shortByLength.computeIfAbsent(value.length(), l -> new HashMap<>()).putIfAbsent(value, column);
            return;
        }
        int best = 0;
        int bestCount = Integer.MAX_VALUE;
        for (int i = 0; i + k <= value.length() && bestCount > 0; i++) {
            int c = sample == null ? 0 : sample.count(value.substring(i, i + k));
            if (c < bestCount) {
                best = i;
                bestCount = c;
            }
        }
        List<Entry> list = byAnchor.computeIfAbsent(value.substring(best, best + k), a -> new ArrayList<>(1));
        if (list.stream().noneMatch(e -> e.value().equals(value))) {
            list.add(new Entry(value, best, column));
        }
    }

    /** The column of a distinctive value found in {@code text}, or null. */
    String find(String text) {
        if (byAnchor.isEmpty() && shortByLength.isEmpty()) {
            return null;
        }
        int k = LeakScanner.RUN_LENGTH;
        for (int p = 0; p + k <= text.length(); p++) {
            List<Entry> candidates = byAnchor.get(text.substring(p, p + k));
            if (candidates != null) {
                for (Entry e : candidates) {
                    int start = p - e.offset();
                    if (start >= 0 && text.startsWith(e.value(), start)) {
                        return e.column();
                    }
                }
            }
        }
        for (Map.Entry<Integer, Map<String, String>> byLength : shortByLength.entrySet()) {
            int l = byLength.getKey();
            for (int p = 0; p + l <= text.length(); p++) {
                String column = byLength.getValue().get(text.substring(p, p + l));
                if (column != null) {
                    return column;
                }
            }
        }
        return null;
    }
}
