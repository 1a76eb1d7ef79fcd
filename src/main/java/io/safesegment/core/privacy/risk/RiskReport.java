package io.safesegment.core.privacy.risk;

import java.util.List;
import java.util.SortedMap;

/**
 * Re-identification risk of a dataset over its quasi-identifiers.
 *
 * @param rows                 records
 * @param quasiIdentifiers     the quasi-identifiers used
 * @param equivalenceClasses   number of distinct quasi-identifier combinations
 * @param k                    k-anonymity: size of the smallest equivalence class
 * @param classSizeHistogram   class size → number of classes of that size
 * @param recordsBelowK        records in classes smaller than the k target
 * @param kTarget              the k target used for {@code recordsBelowK}
 * @param sampleUniquesShare   share of records that are unique on the quasi-identifiers
 * @param prosecutor           prosecutor risk (attacker knows the person is in the data)
 * @param journalist           journalist risk (attacker does not know; uses the population estimate)
 * @param marketerRisk         marketer risk: expected share of records re-identified when matching everyone
 * @param diversity            l-diversity and t-closeness, when a sensitive column was given (else null)
 */
public record RiskReport(int rows, List<String> quasiIdentifiers, int equivalenceClasses, int k,
                         SortedMap<Integer, Integer> classSizeHistogram, int recordsBelowK, int kTarget,
                         double sampleUniquesShare, AttackerRisk prosecutor, AttackerRisk journalist,
                         double marketerRisk, Diversity diversity) {

    /**
     * Risk figures for one attacker model (El Emam).
     *
     * @param highest        highest individual re-identification probability
     * @param average        average probability over all records
     * @param recordsAtRisk  records whose probability exceeds the threshold
     * @param threshold      the threshold used
     */
    public record AttackerRisk(double highest, double average, int recordsAtRisk, double threshold) {
    }

    /**
     * Diversity of a sensitive attribute within the equivalence classes.
     *
     * @param sensitive     the sensitive column
     * @param distinctL     distinct l-diversity: fewest distinct sensitive values in any class
     * @param entropyL      entropy l-diversity: exp of the smallest class entropy (natural log)
     * @param tCloseness    largest Earth Mover's Distance between a class and the whole dataset
     * @param ordered       whether t-closeness used the ordered distance (numeric) or equal distance (categorical)
     */
    public record Diversity(String sensitive, int distinctL, double entropyL, double tCloseness, boolean ordered) {
    }
}
