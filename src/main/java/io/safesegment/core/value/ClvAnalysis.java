package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Fits BG/NBD (and Gamma-Gamma when there is spend), scores every customer and runs the hold-out check. */
final class ClvAnalysis {
    /** Calibration frequencies shown one by one in the hold-out plot (0 … 6, as lifetimes draws it); then 7+. */
    static final int HOLDOUT_BINS = 8;

    private ClvAnalysis() {
    }

    /** From transactions: summary up to the latest purchase, hold-out check when a calibration end is set. */
    static ClvResult run(PurchaseLog log, ClvOptions o, Progress progress) {
        HoldoutCheck check = null;
        Progress main = progress;
        if (o.calibrationEnd() != null) {
            check = holdout(log, o, progress.slice(0, 0.4));
            main = progress.slice(0.4, 1);
        }
        CustomerSummary s = log.summary(log.latest(), o.unit());
        return score(s, log.latest(), check, log.exclusions(), o, main);
    }

    /** From one row per customer (grouped elsewhere): the same figures as from the transactions. */
    static ClvResult run(ClvCustomers customers, ClvOptions o, Progress progress) {
        HoldoutCheck check = null;
        Progress main = progress;
        LocalDate end = customers.latest();
        if (o.calibrationEnd() != null) {
            requireCalibrationBefore(o.calibrationEnd(), end);
            CustomerSummary calibration = customers.calibration(o.unit(), o.calibrationEnd());
            check = holdout(calibration, customers.holdoutPurchases(), end, o, progress.slice(0, 0.4));
            main = progress.slice(0.4, 1);
        }
        return score(customers.summary(o.unit()), end, check, customers.exclusions(), o, main);
    }

    /** From a summary table (no dates, so no hold-out check). */
    static ClvResult run(CustomerSummary s, ClvOptions o, Progress progress) {
        if (o.calibrationEnd() != null) {
            throw new ValueException(Message.of("value.error.holdoutNeedsTransactions"));
        }
        return score(s, null, null, null, o, progress);
    }

    private static ClvResult score(CustomerSummary s, LocalDate end, HoldoutCheck check,
                                   PurchaseLog.Exclusions exclusions, ClvOptions o, Progress progress) {
        BgNbdFit bg = BgNbd.fit(s, o.penalizer(), o.minRepeatBuyers(), progress.slice(0, 0.5));
        GammaGammaFit gg = null;
        Message refusal = null;
        double correlation = Double.NaN;
        if (s.hasMonetary()) {
            correlation = spendCorrelation(s);
            try {
                gg = GammaGamma.fit(s, o.penalizer(), o.minRepeatBuyers(), o.maxSpendCorrelation(),
                        progress.slice(0.5, 0.7));
            } catch (ValueException e) {
                refusal = e.message();
            }
        } else {
            refusal = Message.of("value.gammaGamma.noAmount");
        }
        progress.report(0.75, Message.of("progress.value.scoring"));
        CustomerValue[] values = new CustomerValue[s.size()];
        GammaGammaFit spend = gg;
        SpendModel model = gg != null ? SpendModel.GAMMA_GAMMA : s.hasMonetary() ? SpendModel.OBSERVED_MEAN
                : SpendModel.NONE;
        double repeatMean = repeatBuyersMeanSpend(s);
        IntStream.range(0, s.size()).parallel().forEach(i -> {
            double x = s.frequency()[i];
            double tx = s.recency()[i];
            double t = s.age()[i];
            double alive = BgNbd.probabilityAlive(bg, x, tx, t);
            double expected = BgNbd.expectedPurchases(bg, o.horizon(), x, tx, t);
            double avg = switch (model) {
                case GAMMA_GAMMA -> GammaGamma.expectedAverageSpend(spend, x, s.monetary()[i]);
                case OBSERVED_MEAN -> x > 0 && s.monetary()[i] > 0 ? s.monetary()[i] : repeatMean;
                case NONE -> Double.NaN;
            };
            double clv = model == SpendModel.NONE ? Double.NaN
                    : GammaGamma.customerLifetimeValue(bg, avg, x, tx, t, o.clvMonths(), o.monthlyDiscount(), o.unit());
            double inactive = (t - tx) * o.unit().days();
            values[i] = new CustomerValue(s.ids().get(i), x, tx, t, s.monetary()[i], alive, expected, avg, clv,
                    inactive, o.churn().lapsed(inactive, alive));
        });
        progress.checkCancelled();
        progress.report(1, Message.of("progress.value.done"));
        return new ClvResult(o, end, bg, gg, refusal, model, correlation, Arrays.asList(values), check, exclusions);
    }

    private static double repeatBuyersMeanSpend(CustomerSummary s) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.frequency()[i] > 0 && s.monetary()[i] > 0) {
                sum += s.monetary()[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double spendCorrelation(CustomerSummary s) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.frequency()[i] > 0 && s.monetary()[i] > 0) {
                pairs.add(new double[] {s.frequency()[i], s.monetary()[i]});
            }
        }
        return GammaGamma.pearson(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Fits on the calibration period and compares predicted with actual hold-out purchases per frequency. */
    static HoldoutCheck holdout(PurchaseLog log, ClvOptions o, Progress progress) {
        LocalDate cal = o.calibrationEnd();
        LocalDate end = log.latest();
        requireCalibrationBefore(cal, end);
        CustomerSummary calibration = log.summary(cal, o.unit());
        return holdout(calibration, calibration.size() == 0 ? new double[0]
                : log.holdoutPurchases(calibration, cal, end, o.unit()), end, o, progress);
    }

    private static void requireCalibrationBefore(LocalDate cal, LocalDate end) {
        if (!cal.isBefore(end)) {
            throw new ValueException(Message.of("value.error.calibrationEnd", cal.toString(), end.toString()));
        }
    }

    /** The hold-out check from the calibration summary and each of its customers' actual hold-out purchases. */
    private static HoldoutCheck holdout(CustomerSummary calibration, double[] actual, LocalDate end, ClvOptions o,
                                        Progress progress) {
        LocalDate cal = o.calibrationEnd();
        if (calibration.size() == 0) {
            throw new ValueException(Message.of("value.error.calibrationEmpty", cal.toString()));
        }
        BgNbdFit fit = BgNbd.fit(calibration, o.penalizer(), o.minRepeatBuyers(), progress);
        double duration = o.unit().period(end.toEpochDay()) - o.unit().period(cal.toEpochDay());
        if (o.unit() == TimeUnit.DAY) {
            duration = ChronoUnit.DAYS.between(cal, end);
        }
        double[] count = new double[HOLDOUT_BINS];
        double[] sumActual = new double[HOLDOUT_BINS];
        double[] sumPredicted = new double[HOLDOUT_BINS];
        double predictedTotal = 0;
        double actualTotal = 0;
        for (int i = 0; i < calibration.size(); i++) {
            double predicted = BgNbd.expectedPurchases(fit, duration, calibration.frequency()[i],
                    calibration.recency()[i], calibration.age()[i]);
            predictedTotal += predicted;
            actualTotal += actual[i];
            int f = (int) Math.min(HOLDOUT_BINS - 1, calibration.frequency()[i]);
            count[f]++;
            sumActual[f] += actual[i];
            sumPredicted[f] += predicted;
        }
        List<HoldoutCheck.Bin> bins = new ArrayList<>();
        for (int f = 0; f < HOLDOUT_BINS; f++) {
            if (count[f] > 0) {
                bins.add(new HoldoutCheck.Bin(f, f == HOLDOUT_BINS - 1, (int) count[f], sumActual[f] / count[f],
                        sumPredicted[f] / count[f]));
            }
        }
        return new HoldoutCheck(cal, end, duration, fit, bins, predictedTotal, actualTotal);
    }
}
