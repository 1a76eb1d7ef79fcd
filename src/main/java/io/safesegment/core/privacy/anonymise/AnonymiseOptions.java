package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to anonymise and to which target.
 *
 * @param quasiIdentifiers the columns generalised through their hierarchies (at least one, distinct)
 * @param hierarchies      a hierarchy per quasi-identifier, plus one for the sensitive column when t-closeness uses
 *                         the hierarchical distance
 * @param sensitive        the sensitive column for l-diversity and t-closeness, or null
 * @param models           the privacy models, all of which must hold (at least one)
 * @param suppressionLimit share of rows that may be suppressed, 0..1
 * @param metric           what the search minimises
 * @param threads          worker threads for checking transformations (1 = sequential); the result does not
 *                         depend on it
 */
public record AnonymiseOptions(List<String> quasiIdentifiers, Map<String, Hierarchy> hierarchies, String sensitive,
                               List<PrivacyModel> models, double suppressionLimit, UtilityMetric metric, int threads) {
    /** Validates and copies. */
    public AnonymiseOptions {
        if (quasiIdentifiers == null || quasiIdentifiers.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.nameAtLeastOne"));
        }
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        if (quasiIdentifiers.stream().distinct().count() != quasiIdentifiers.size()) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.aQuasiIdentifierColumn", quasiIdentifiers));
        }
        hierarchies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hierarchies == null ? Map.of() : hierarchies));
        for (String qi : quasiIdentifiers) {
            if (!hierarchies.containsKey(qi)) {
                throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.quasiIdentifier", qi, qi));
            }
        }
        if (sensitive != null && sensitive.isBlank()) {
            sensitive = null;
        }
        if (sensitive != null && quasiIdentifiers.contains(sensitive)) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.column", sensitive));
        }
        models = List.copyOf(models == null ? List.of() : models);
        if (models.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.giveAtLeastOne"));
        }
        for (PrivacyModel m : models) {
            if (m.needsSensitive() && sensitive == null) {
                throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.lDiversityAndT"));
            }
            if (m instanceof PrivacyModel.TCloseness t && t.distance() == PrivacyModel.TDistance.HIERARCHICAL
                    && !hierarchies.containsKey(sensitive)) {
                throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.hierarchicalTClosenessNeeds", sensitive));
            }
        }
        if (!(suppressionLimit >= 0 && suppressionLimit <= 1)) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.theSuppressionLimitIs", String.valueOf(suppressionLimit)));
        }
        if (metric == null) {
            metric = UtilityMetric.LOSS;
        }
        if (threads < 1) {
            throw new LocalizedArgumentException(Message.of("anonymise.anonymiseOptions.threadsMustBeAt", threads));
        }
    }

    /** Whether every model keeps "acceptable" under generalisation with this suppression limit. */
    public boolean monotone() {
        if (suppressionLimit == 0) {
            // Without suppression every model here is monotone (Machanavajjhala et al. for l-diversity, Li et al. for
            // t-closeness; fewer classes over the same rows for average risk). See decision 0019.
            return true;
        }
        return models.stream().allMatch(PrivacyModel::monotoneWithSuppression);
    }
}
