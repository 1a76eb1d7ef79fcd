package io.safesegment.core.utility;

import io.safesegment.core.privacy.PrivacyService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What anonymisation costs marketing (decision record 0022), for the front ends: a measure to hand to
 * {@link PrivacyService#anonymise} so the report is taken on the optimum and kept in its lineage.
 */
public final class UtilityService {
    private UtilityService() {
    }

    /**
     * A measure for {@link PrivacyService.AnonymiseRequest}: the same seeded k-means (and, with transactions, segment
     * popularity) on the original and the anonymised customers. The full report lands in {@code report}.
     *
     * @param transactions transactions file for behavioural features and NDCG@10, or null
     * @param features     segmentation features, or null for the defaults of the quasi-identifiers
     */
    public static PrivacyService.OptimumMeasure measure(Path transactions, List<String> features, int k, long seed,
                                                        AtomicReference<UtilityReport> report) {
        return (original, options, levels, progress) -> {
            UtilityReport r = AnonymisationUtility.measureFiles(original, options, levels, transactions, features,
                    k, seed, progress);
            report.set(r);
            return lineageFacts(r);
        };
    }

    /**
     * What marketing loses with each of several candidate transformations of one search (the Anonymise pane's
     * solution space): ARI of the same seeded k-means, and with transactions NDCG@10 of segment popularity, the
     * original side computed once. Cancellable between candidates.
     *
     * @param candidates   level vectors, one per candidate
     * @param transactions transactions file for behavioural features and NDCG@10, or null (ARI only)
     * @param k            segments of the k-means runs
     * @param seed         seed of the segmentation and the evaluation splits
     */
    public static List<UtilityReport> measureCandidates(tech.tablesaw.api.Table original,
                                                        io.safesegment.core.privacy.anonymise.AnonymiseOptions options,
                                                        List<int[]> candidates, Path transactions, int k, long seed,
                                                        io.safesegment.core.task.Progress progress) {
        return AnonymisationUtility.measureAll(original, options, candidates, transactions, null, k, seed, progress);
    }

    /** The facts of a report kept in a lineage step: agreement, NDCG, features, k and seed. */
    public static Map<String, Object> lineageFacts(UtilityReport r) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("ari", r.ari());
        if (r.ndcg10Original() != null) {
            u.put("ndcg10Original", r.ndcg10Original());
            u.put("ndcg10Anonymised", r.ndcg10Anonymised());
        }
        u.put("features", r.features());
        u.put("k", r.k());
        u.put("seed", r.seed());
        return u;
    }
}
