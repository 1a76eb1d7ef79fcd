package io.safesegment.core.campaign.stats;

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
            throw new IllegalArgumentException("alpha must be between 0 and 0.5, was " + alpha);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("bootstrap resamples must be at least 100, was " + resamples);
        }
        if (plannedPerArm < 0) {
            throw new IllegalArgumentException("planned sample size must not be negative");
        }
    }

    /** α = 0.05, 2,000 resamples, seed 1, no control named, nothing planned. */
    public static ExperimentOptions defaults() {
        return new ExperimentOptions(null, 0.05, 2000, 1, 0);
    }
}
