package io.safesegment.core.recommend.eval;

import java.util.Map;

/**
 * Evaluation results of one model (over all folds, or one customer segment).
 *
 * @param users            evaluated (fold, user) pairs
 * @param precision        precision@k
 * @param recall           recall@k
 * @param f1               harmonic mean of mean precision and mean recall
 * @param ndcg             NDCG@k with binary gains
 * @param map              MAP@k (average precision normalised by min(k, relevant))
 * @param hitRate          share of users with at least one relevant item in the top k
 * @param rmse             root mean squared rating error (explicit data and rating models only, else null)
 * @param mae              mean absolute rating error (as rmse)
 * @param coverage         share of the catalogue recommended to anyone
 * @param novelty          mean self-information −log2(popularity share) of recommended items, in bits
 * @param diversity        intra-list diversity: 1 − mean pairwise similarity (same category, or co-occurrence
 *                         cosine without a catalogue)
 * @param popularityRank   mean popularity rank of recommended items (1 = most popular)
 * @param overloadRatio    mean of (items shown ÷ items the user interacted with in training)
 * @param fairness         per category: share in recommendations ÷ share in training interactions (1 = parity)
 */
public record Metrics(long users, double precision, double recall, double f1, double ndcg, double map,
        double hitRate, Double rmse, Double mae, double coverage, double novelty, double diversity,
        double popularityRank, double overloadRatio, Map<String, Double> fairness) {
}
