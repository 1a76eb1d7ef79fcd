package io.safesegment.core.recommend;

import java.util.List;

/**
 * Top-N for a segment: the mean of the members' normalised scores.
 *
 * @param segment  segment label
 * @param model    model name
 * @param members  members with history in the data
 * @param sampled  members whose scores were aggregated (a seeded sample for large segments)
 * @param items    recommendations, best first; the explanation says how many sampled members already own the item
 */
public record SegmentPreview(String segment, String model, int members, int sampled, List<RecommendedItem> items) {
}
