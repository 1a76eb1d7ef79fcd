package io.safesegment.core.recommend.model;

/**
 * One recommended item.
 *
 * @param item        item index in the training matrix
 * @param itemId      external item id
 * @param score       model score (higher is better; comparable only within one model and user)
 * @param explanation why
 */
public record ScoredItem(int item, String itemId, double score, Explanation explanation) {
}
