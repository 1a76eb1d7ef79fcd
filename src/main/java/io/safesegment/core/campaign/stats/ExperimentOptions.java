package io.safesegment.core.campaign.stats;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * How to analyse an experiment.
 *
 * @param control       name of the control arm, or null: the arm called "control" (any case), else the first arm
 * @param alpha         significance level of tests and 1 − confidence of intervals (0 &lt; α &lt; 0.5)
 * @param resamples     bootstrap resamples (≥ 100)
 * @param seed          bootstrap seed (recorded in the report)
 * @param plannedPerArm the sample size per arm planned before the test, or 0 when none was planned; arms below it
 *                      raise the early-look warning
 */
public record ExperimentOptions(String control, double alpha, int resamples, long seed, long plannedPerArm) {
    /** Validates. */
    public ExperimentOptions {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.alpha", String.valueOf(alpha)));
        }
        if (resamples < 100) {
            throw new LocalizedArgumentException(Message.of("campaign.options.resamples", resamples));
        }
        if (plannedPerArm < 0) {
            throw new LocalizedArgumentException(Message.of("campaign.options.plannedSize"));
        }
    }

    /** α = 0.05, 2,000 resamples, seed 1, no control named, nothing planned. */
    public static ExperimentOptions defaults() {
        return new ExperimentOptions(null, 0.05, 2000, 1, 0);
    }
}
