package io.safesegment.core.campaign.offers;

import io.safesegment.core.campaign.stats.Distributions;
import io.safesegment.core.campaign.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Off-policy evaluation of a deterministic target policy π on logs of another policy, before π is used on customers.
 * Inverse propensity scoring (Horvitz &amp; Thompson 1952): V̂ = mean(1[a = π(s)] r / μ(a|s)). Doubly robust (Dudík,
 * Langford &amp; Li 2011): V̂ = mean(q̂(s, π(s)) + 1[a = π(s)] (r − q̂(s, a)) / μ(a|s)), q̂ = mean logged reward per
 * (state, offer). Intervals are normal: mean ± z sd/√n of the per-row terms. One-step (contextual bandit) value.
 */
public final class OfflineEvaluation {
    private OfflineEvaluation() {
    }

    /**
     * The estimates.
     *
     * @param rows           logged rows
     * @param matched        rows where the logged offer is the target's
     * @param ips            IPS estimate
     * @param ipsCi          its interval
     * @param doublyRobust   DR estimate
     * @param doublyRobustCi its interval
     * @param directMethod   mean q̂(s, π(s)) alone (biased where q̂ is)
     * @param loggedValue    mean logged reward (the behaviour policy's own value)
     */
    public record Estimate(int rows, int matched, double ips, Interval ipsCi, double doublyRobust,
                           Interval doublyRobustCi, double directMethod, double loggedValue) {
    }

    /** Evaluates {@code target} (offer per state) on {@code log}. */
    public static Estimate evaluate(List<LoggedStep> log, int[] target, int offers, double alpha) {
        int states = target.length;
        double[][] sum = new double[states][offers];
        int[][] count = new int[states][offers];
        for (LoggedStep step : log) {
            sum[step.state()][step.offer()] += step.reward();
            count[step.state()][step.offer()]++;
        }
        int n = log.size();
        double[] ips = new double[n];
        double[] dr = new double[n];
        double dm = 0;
        double logged = 0;
        int matched = 0;
        for (int i = 0; i < n; i++) {
            LoggedStep step = log.get(i);
            int pi = target[step.state()];
            double qPi = count[step.state()][pi] == 0 ? 0 : sum[step.state()][pi] / count[step.state()][pi];
            double qA = sum[step.state()][step.offer()] / count[step.state()][step.offer()];
            boolean match = step.offer() == pi;
            matched += match ? 1 : 0;
            double weight = match ? 1 / step.propensity() : 0;
            ips[i] = weight * step.reward();
            dr[i] = qPi + weight * (step.reward() - qA);
            dm += qPi;
            logged += step.reward();
        }
        return new Estimate(n, matched, mean(ips), interval(ips, alpha), mean(dr), interval(dr, alpha),
                n == 0 ? Double.NaN : dm / n, n == 0 ? Double.NaN : logged / n);
    }

    /**
     * Logs of a behaviour policy on the simulator, one step per row: states drawn uniformly, the offer drawn
     * uniformly with probability {@code epsilon}, else the model's best offer (propensities recorded exactly).
     */
    public static List<LoggedStep> simulateLog(ResponseModel model, int rows, double epsilon, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int offers = model.offers().size();
        List<LoggedStep> log = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int state = random.nextInt(ResponseModel.STATES);
            int best = model.bestOffer(state);
            int offer = random.nextDouble() < epsilon ? random.nextInt(offers) : best;
            double propensity = epsilon / offers + (offer == best ? 1 - epsilon : 0);
            log.add(new LoggedStep(state, offer, propensity, model.step(state, offer, random).reward()));
        }
        return log;
    }

    /** The exact value of {@code target} under uniformly drawn states (the truth the estimates aim at). */
    public static double trueValue(ResponseModel model, int[] target) {
        double v = 0;
        for (int s = 0; s < ResponseModel.STATES; s++) {
            v += model.expectedReward(s, target[s]);
        }
        return v / ResponseModel.STATES;
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }

    private static Interval interval(double[] values, double alpha) {
        int n = values.length;
        if (n < 2) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        double half = Distributions.normalQuantile(1 - alpha / 2) * Math.sqrt(ss / (n - 1) / n);
        return new Interval(m - half, m + half);
    }
}
