package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Stratified k-fold evaluation of the intent classifiers: per fold, train on the other folds (minus a seeded
 * calibration quarter when calibration is asked), predict the fold; metrics, curves and permutation importance on
 * the pooled out-of-fold probabilities.
 */
final class IntentEvaluation {
    private static final int CALIBRATION_BINS = 10;

    private IntentEvaluation() {
    }

    static IntentResult run(IntentData data, IntentOptions o, Progress progress) {
        int n = data.y().length;
        int minority = Math.min(data.positives(), n - data.positives());
        if (minority < o.folds()) {
            throw new ValueException(Message.of("value.error.fewPerClass", minority, o.folds()));
        }
        int[] fold = StratifiedFolds.assign(data.y(), o.folds(), o.seed());
        List<IntentModelResult> results = new ArrayList<>();
        int steps = o.models().size() * o.folds();
        int step = 0;
        for (IntentModel model : o.models()) {
            double[] oof = new double[n];
            IntentClassifiers.Scorer[] scorers = new IntentClassifiers.Scorer[o.folds()];
            long start = System.nanoTime();
            for (int f = 0; f < o.folds(); f++) {
                progress.checkCancelled();
                progress.report((double) step++ / steps, Message.of("progress.value.training", model.cliName(),
                        f + 1, o.folds()));
                scorers[f] = trainFold(model, data, fold, f, o);
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        oof[i] = scorers[f].score(data.x()[i]);
                    }
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<IntentModelResult.FeatureImportance> importance = o.importance()
                    ? importance(data, fold, scorers, oof, o.seed(), progress) : List.of();
            results.add(new IntentModelResult(model, BinaryMetrics.of(data.y(), oof),
                    BinaryMetrics.rocCurve(data.y(), oof), BinaryMetrics.calibrationCurve(data.y(), oof,
                    CALIBRATION_BINS), importance, millis, oof));
        }
        progress.report(1, Message.of("progress.value.done"));
        return new IntentResult(o, data.target(), data.positiveLabel(), n, data.positives(), data.excludedRows(),
                data.featureNames(), data.customerIds(), results);
    }

    private static IntentClassifiers.Scorer trainFold(IntentModel model, IntentData data, int[] fold, int f,
                                                      IntentOptions o) {
        List<Integer> train = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] != f) {
                train.add(i);
            }
        }
        boolean calibrate = o.calibration() != Calibration.NONE;
        List<Integer> fit = train;
        List<Integer> hold = train;
        if (calibrate) {
            // a stratified, seeded quarter of the training rows fits the calibrator and is not seen by the model
            int[] ty = train.stream().mapToInt(i -> data.y()[i]).toArray();
            int[] quarter = StratifiedFolds.assign(ty, 4, o.seed() + 31L * (f + 1));
            fit = new ArrayList<>();
            hold = new ArrayList<>();
            for (int k = 0; k < train.size(); k++) {
                (quarter[k] == 0 ? hold : fit).add(train.get(k));
            }
        }
        IntentClassifiers.Scorer s = IntentClassifiers.train(model, rows(data, fit), labels(data, fit),
                o.seed() + f);
        if (!calibrate && s.probabilities()) {
            return s;
        }
        double[] scores = hold.stream().mapToDouble(i -> s.score(data.x()[i])).toArray();
        int[] y = labels(data, hold);
        DoubleUnaryOperator c = o.calibration() == Calibration.ISOTONIC ? ProbabilityCalibrator.isotonic(scores, y)
                : ProbabilityCalibrator.platt(scores, y);
        return IntentClassifiers.calibrated(s, c);
    }

    private static double[][] rows(IntentData d, List<Integer> idx) {
        return idx.stream().map(i -> d.x()[i]).toArray(double[][]::new);
    }

    private static int[] labels(IntentData d, List<Integer> idx) {
        return idx.stream().mapToInt(i -> d.y()[i]).toArray();
    }

    /** ROC-AUC drop when a feature is shuffled within each fold's rows, scored by that fold's model. */
    private static List<IntentModelResult.FeatureImportance> importance(IntentData data, int[] fold,
                                                                        IntentClassifiers.Scorer[] scorers,
                                                                        double[] oof, long seed, Progress progress) {
        double base = BinaryMetrics.rocAuc(data.y(), oof);
        int n = oof.length;
        int k = data.featureNames().size();
        List<IntentModelResult.FeatureImportance> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int j = 0; j < k; j++) {
            progress.checkCancelled();
            final int column = j;
            double[] permuted = new double[n];
            for (int f = 0; f < scorers.length; f++) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        rows.add(i);
                    }
                }
                double[] values = rows.stream().mapToDouble(i -> data.x()[i][column]).toArray();
                for (int i = values.length - 1; i > 0; i--) {
                    int s = rnd.nextInt(i + 1);
                    double t = values[i];
                    values[i] = values[s];
                    values[s] = t;
                }
                for (int r = 0; r < rows.size(); r++) {
                    double[] row = data.x()[rows.get(r)].clone();
                    row[j] = values[r];
                    permuted[rows.get(r)] = scorers[f].score(row);
                }
            }
            out.add(new IntentModelResult.FeatureImportance(data.featureNames().get(j),
                    base - BinaryMetrics.rocAuc(data.y(), permuted)));
        }
        out.sort(Comparator.comparingDouble(IntentModelResult.FeatureImportance::aucDrop).reversed());
        return out;
    }

}
