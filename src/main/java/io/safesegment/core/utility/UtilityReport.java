package io.safesegment.core.utility;

import java.util.List;

/**
 * What an anonymisation costs marketing, to be read next to its re-identification risk.
 *
 * @param customers              customers segmented (rows with a customer id)
 * @param features               the feature columns clustered, as requested (the same on both sides)
 * @param k                      segments of the k-means runs
 * @param seed                   seed of segmentation, split and models
 * @param ari                    adjusted Rand index of the anonymised segmentation against the original (1 = same
 *                               partition; about 0 = chance agreement)
 * @param segmentSizes           per original segment, its size and that of its best-matching anonymised segment
 * @param recommendModel         the model whose NDCG is compared: segment popularity, the recommender that reads the
 *                               customer attributes (through the segments); null without interactions
 * @param ndcg10Original         NDCG@10 of that model with the segments of the original data, or null
 * @param ndcg10Anonymised       NDCG@10 of that model with the segments of the anonymised data, or null
 * @param ndcg10InteractionsOnly NDCG@10 of global popularity, which reads only interactions and so is the same for
 *                               original and anonymised customers by construction; null without interactions
 */
public record UtilityReport(int customers, List<String> features, int k, long seed, double ari,
                            List<SegmentSizeChange> segmentSizes, String recommendModel, Double ndcg10Original,
                            Double ndcg10Anonymised, Double ndcg10InteractionsOnly) {
    /** Copies the lists. */
    public UtilityReport {
        features = List.copyOf(features);
        segmentSizes = List.copyOf(segmentSizes);
    }

    /** NDCG@10 anonymised minus original (negative = the anonymisation costs ranking quality), or null. */
    public Double ndcg10Change() {
        return ndcg10Original == null || ndcg10Anonymised == null ? null : ndcg10Anonymised - ndcg10Original;
    }
}
