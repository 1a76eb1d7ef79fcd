package io.safesegment.core.campaign.stats;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns grouped experiment results into an {@link ExperimentReport}. */
public final class ExperimentAnalysis {
    private ExperimentAnalysis() {
    }

    /** Analyses {@code data} against its control arm. */
    public static ExperimentReport analyse(ExperimentData data, ExperimentOptions options) {
        String controlName = controlName(data, options.control());
        ExperimentData.Arm control = data.arms().get(controlName);
        List<ExperimentData.Arm> arms = new ArrayList<>();
        arms.add(control);
        data.arms().values().stream().filter(a -> a != control).forEach(arms::add);

        double alpha = options.alpha();
        double[] pValues = new double[arms.size()];
        pValues[0] = Double.NaN;
        for (int i = 1; i < arms.size(); i++) {
            ExperimentData.Arm a = arms.get(i);
            pValues[i] = Proportions.zTest(a.conversions(), a.n(), control.conversions(), control.n()).pValue();
        }
        double[] holm = Holm.adjust(pValues);
        Means.Summary controlRevenue = Means.Summary.of(control.revenue());
        List<ExperimentReport.ArmResult> results = new ArrayList<>();
        long[] successes = new long[arms.size()];
        long[] trials = new long[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            ExperimentData.Arm a = arms.get(i);
            successes[i] = a.conversions();
            trials[i] = a.n();
            Means.Summary revenue = Means.Summary.of(a.revenue());
            long ctrBase = data.hasExposed() ? a.exposed() : a.n();
            Double ctr = data.hasClicked() ? ratio(a.clicks(), ctrBase) : null;
            double[] ctrCi = data.hasClicked() && ctrBase > 0 ? Proportions.wilson(a.clicks(), ctrBase, alpha)
                    .toArray() : null;
            Double cvr = data.hasClicked() ? ratio(a.conversions(), a.clicks()) : null;
            double[] cvrCi = data.hasClicked() && a.clicks() > 0
                    ? Proportions.wilson(Math.min(a.conversions(), a.clicks()), a.clicks(), alpha).toArray() : null;
            Double revenueMean = data.hasRevenue() ? finite(revenue.mean()) : null;
            double[] revenueCi = data.hasRevenue() ? array(Means.meanInterval(revenue, alpha)) : null;
            if (i == 0) {
                results.add(new ExperimentReport.ArmResult(a.name(), true, a.n(), exposed(data, a), clicks(data, a),
                        a.conversions(), ratio(a.conversions(), a.n()), array(Proportions.wilson(a.conversions(),
                        a.n(), alpha)), ctr, ctrCi, cvr, cvrCi, revenueMean, revenueCi, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null));
                continue;
            }
            Proportions.Test z = Proportions.zTest(a.conversions(), a.n(), control.conversions(), control.n());
            Proportions.Test chi = Proportions.chiSquare(new long[] {a.conversions(), control.conversions()},
                    new long[] {a.n(), control.n()});
            Means.Welch welch = data.hasRevenue() ? Means.welch(revenue, controlRevenue) : null;
            Bootstrap.Result boot = data.hasRevenue() ? Bootstrap.meanDifference(a.revenue(), control.revenue(),
                    options.resamples(), alpha, options.seed() + i) : null;
            results.add(new ExperimentReport.ArmResult(a.name(), false, a.n(), exposed(data, a), clicks(data, a),
                    a.conversions(), ratio(a.conversions(), a.n()),
                    array(Proportions.wilson(a.conversions(), a.n(), alpha)), ctr, ctrCi, cvr, cvrCi, revenueMean,
                    revenueCi, finite(z.statistic()), finite(z.pValue()), finite(holm[i]), finite(chi.statistic()),
                    finite(chi.pValue()), finite(Proportions.lift(a.conversions(), a.n(), control.conversions(),
                    control.n())), array(Proportions.liftInterval(a.conversions(), a.n(), control.conversions(),
                    control.n(), alpha)), BetaBinomial.probabilityToBeat(a.conversions(), a.n(),
                    control.conversions(), control.n()),
                    welch == null ? null : finite(revenue.mean() - controlRevenue.mean()),
                    welch == null ? null : finite(welch.t()), welch == null ? null : finite(welch.df()),
                    welch == null ? null : finite(welch.pValue()), boot == null ? null : array(boot.interval()),
                    boot == null ? null : finite(boot.pValue())));
        }
        Proportions.Test all = Proportions.chiSquare(successes, trials);
        return new ExperimentReport(controlName, alpha, List.copyOf(results), finite(all.statistic()),
                arms.size() - 1, finite(all.pValue()), options.resamples(), options.seed(), warnings(arms, options));
    }

    private static List<Message> warnings(List<ExperimentData.Arm> arms, ExperimentOptions options) {
        List<Message> warnings = new ArrayList<>();
        // Always shown: the p-values are only valid for one look at a sample size fixed in advance.
        warnings.add(Message.of("campaign.warning.peeking"));
        long smallest = arms.stream().mapToLong(ExperimentData.Arm::n).min().orElse(0);
        if (options.plannedPerArm() > 0 && smallest < options.plannedPerArm()) {
            warnings.add(Message.of("campaign.warning.earlyLook", smallest, options.plannedPerArm()));
        }
        if (arms.size() > 2) {
            warnings.add(Message.of("campaign.warning.multipleArms", arms.size() - 1));
        }
        return List.copyOf(warnings);
    }

    private static String controlName(ExperimentData data, String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!data.arms().containsKey(requested)) {
                throw new CampaignException(Message.of("campaign.error.noControl", requested,
                        String.join(", ", data.arms().keySet())));
            }
            return requested;
        }
        if (data.arms().size() < 2) {
            throw new CampaignException(Message.of("campaign.error.oneArm"));
        }
        return data.arms().keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals("control")).findFirst()
                .orElse(data.arms().keySet().iterator().next());
    }

    private static Long exposed(ExperimentData data, ExperimentData.Arm a) {
        return data.hasExposed() ? a.exposed() : null;
    }

    private static Long clicks(ExperimentData data, ExperimentData.Arm a) {
        return data.hasClicked() ? a.clicks() : null;
    }

    private static Double ratio(long x, long n) {
        return n == 0 ? null : (double) x / n;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double[] array(Interval i) {
        return Double.isFinite(i.low()) && Double.isFinite(i.high()) ? i.toArray() : null;
    }
}
