package io.safesegment.core.recommend;

import java.util.List;

/**
 * Top-N for one customer.
 *
 * @param userId   the customer id asked for
 * @param model    model name
 * @param known    whether the customer has history in the data (unknown customers get popular items)
 * @param history  number of distinct items in the customer's history
 * @param items    recommendations, best first
 */
public record UserPreview(String userId, String model, boolean known, int history, List<RecommendedItem> items) {
}
