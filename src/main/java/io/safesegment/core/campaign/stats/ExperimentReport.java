package io.safesegment.core.campaign.stats;

import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * Result of an experiment analysis. Numbers that are undefined (a rate of an empty group, a test against itself) are
 * {@code null}, so JSON shows {@code null} rather than NaN. Field names of {@link ArmResult} are a CLI contract.
 *
 * @param control       the control arm's name
 * @param alpha         significance level; intervals are at 1 − α
 * @param arms          every arm, control first
 * @param chiSquare     Pearson's χ² across all arms' conversion rates
 * @param chiSquareDf   its degrees of freedom (arms − 1)
 * @param chiSquarePValue its p-value
 * @param bootstrapResamples resamples of the revenue bootstrap
 * @param seed          the bootstrap seed
 * @param warnings      notes the reader must see (peeking, small samples), English and translatable
 */
public record ExperimentReport(String control, double alpha, List<ArmResult> arms, Double chiSquare,
                               int chiSquareDf, Double chiSquarePValue, int bootstrapResamples, long seed,
                               List<Message> warnings) {

    /**
     * One arm's figures; treatment-only fields are null for the control.
     *
     * @param arm                     arm name
     * @param control                 whether this is the control arm
     * @param n                       customers assigned
     * @param exposed                 customers exposed (null without an exposed column)
     * @param clicks                  customers who clicked (null without a clicked column)
     * @param conversions             customers who converted
     * @param rate                    conversions / n
     * @param ci                      Wilson interval of {@code rate}
     * @param ctr                     clicks / exposed (clicks / n without an exposed column)
     * @param ctrCi                   Wilson interval of the CTR
     * @param cvr                     conversions / clicks (null without a clicked column)
     * @param cvrCi                   Wilson interval of the CVR
     * @param revenuePerCustomer      mean revenue over assigned customers
     * @param revenueCi               t interval of the mean
     * @param zStatistic              pooled two-proportion z against control
     * @param pValue                  its two-sided p-value
     * @param holmPValue              pValue after Holm's correction over all treatment arms
     * @param chiSquare               2 × 2 Pearson χ² against control (equals z²)
     * @param chiSquarePValue         its p-value (equals pValue)
     * @param lift                    relative lift of the rate over control
     * @param liftCi                  Katz log interval of the lift
     * @param probabilityToBeatControl Beta-Binomial posterior P(rate &gt; control rate), uniform priors
     * @param revenueDifference       mean revenue minus control's
     * @param welchT                  Welch's t
     * @param welchDf                 Welch–Satterthwaite degrees of freedom
     * @param welchPValue             Welch's two-sided p-value
     * @param bootstrapCi             percentile bootstrap interval of the revenue difference
     * @param bootstrapPValue         bootstrap two-sided p-value
     */
    public record ArmResult(String arm, boolean control, long n, Long exposed, Long clicks, long conversions,
                            Double rate, double[] ci, Double ctr, double[] ctrCi, Double cvr, double[] cvrCi,
                            Double revenuePerCustomer, double[] revenueCi, Double zStatistic, Double pValue,
                            Double holmPValue, Double chiSquare, Double chiSquarePValue, Double lift, double[] liftCi,
                            Double probabilityToBeatControl, Double revenueDifference, Double welchT, Double welchDf,
                            Double welchPValue, double[] bootstrapCi, Double bootstrapPValue) {
    }

    /** The arm called {@code name}. */
    public ArmResult arm(String name) {
        return arms.stream().filter(a -> a.arm().equals(name)).findFirst().orElseThrow();
    }
}
