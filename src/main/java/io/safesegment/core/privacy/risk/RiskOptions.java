package io.safesegment.core.privacy.risk;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * What to measure.
 *
 * @param quasiIdentifiers columns an attacker may know (at least one)
 * @param sensitive        sensitive column for l-diversity and t-closeness, or null
 * @param kTarget          class size below which records count as "in small classes" (e.g. 5)
 * @param riskThreshold    re-identification probability above which a record counts as at risk (e.g. 0.2)
 * @param populationSize   size of the population the dataset was sampled from; equal to the row count (or 0) when
 *                         the dataset is the whole population
 */
public record RiskOptions(List<String> quasiIdentifiers, String sensitive, int kTarget, double riskThreshold,
                          long populationSize) {
    /** Validates the options. */
    public RiskOptions {
        if (quasiIdentifiers == null || quasiIdentifiers.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("risk.riskOptions.chooseAtLeastOne"));
        }
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        if (kTarget < 1) {
            throw new LocalizedArgumentException(Message.of("risk.riskOptions.kTargetMustBe", kTarget));
        }
        if (!(riskThreshold > 0 && riskThreshold <= 1)) {
            throw new LocalizedArgumentException(Message.of("risk.riskOptions.riskThresholdMustBe", String.valueOf(riskThreshold)));
        }
        if (populationSize < 0) {
            throw new LocalizedArgumentException(Message.of("risk.riskOptions.populationSizeMustNot"));
        }
    }

    /** Defaults: k target 5, threshold 0.2 (= classes smaller than 5), dataset is the population. */
    public static RiskOptions of(List<String> quasiIdentifiers, String sensitive) {
        return new RiskOptions(quasiIdentifiers, sensitive, 5, 0.2, 0);
    }
}
