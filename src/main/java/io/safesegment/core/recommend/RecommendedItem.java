package io.safesegment.core.recommend;

import java.util.List;

/**
 * One recommendation as shown to a user of the app.
 *
 * @param rank         1-based position
 * @param itemId       product id
 * @param name         product name (or the id without a catalogue)
 * @param category     product category, or "unknown"
 * @param score        model score
 * @param reason       explanation kind
 * @param explanation  one-line explanation with product names
 * @param relatedItems product ids the explanation refers to
 */
public record RecommendedItem(int rank, String itemId, String name, String category, double score, String reason,
        String explanation, List<String> relatedItems) {
}
