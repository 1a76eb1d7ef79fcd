package io.safesegment.core.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Metrics of a binary classifier's probabilities against 0/1 labels.
 *
 * @param accuracy   (TP + TN) / n at threshold 0.5
 * @param precision  TP / (TP + FP); 0 when nothing is predicted positive
 * @param recall     TP / (TP + FN)
 * @param f1         harmonic mean of precision and recall; 0 when both are 0
 * @param auc        ROC-AUC: P(score of a random positive &gt; a random negative), ties counting ½
 * @param prAuc      average precision: Σ (Rₖ − Rₖ₋₁) Pₖ over the distinct thresholds (scikit-learn's definition)
 * @param tp         true positives
 * @param fp         false positives
 * @param tn         true negatives
 * @param fn         false negatives
 */
public record BinaryMetrics(double accuracy, double precision, double recall, double f1, double auc, double prAuc,
                            int tp, int fp, int tn, int fn) {
    /** The decision threshold of the confusion matrix. */
    public static final double THRESHOLD = 0.5;

    /** Computes every metric. */
    public static BinaryMetrics of(int[] y, double[] p) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
            boolean predicted = p[i] >= THRESHOLD;
            if (predicted && y[i] == 1) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (y[i] == 1) {
                fn++;
            } else {
                tn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics((double) (tp + tn) / y.length, precision, recall, f1, rocAuc(y, p),
                averagePrecision(y, p), tp, fp, tn, fn);
    }

    /** ROC-AUC by the rank-sum (Mann–Whitney) formula with mid-ranks for ties. */
    public static double rocAuc(int[] y, double[] p) {
        Integer[] order = sortedAscending(p);
        double[] rank = new double[p.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = mid;
            }
            i = j + 1;
        }
        long pos = Arrays.stream(y).filter(v -> v == 1).count();
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                sum += rank[i];
            }
        }
        return (sum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Average precision over the distinct thresholds, highest first. */
    public static double averagePrecision(int[] y, double[] p) {
        Integer[] order = sortedAscending(p);
        long pos = Arrays.stream(y).filter(v -> v == 1).count();
        if (pos == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        int seen = 0;
        double lastRecall = 0;
        for (int i = order.length - 1; i >= 0; ) {
            int j = i;
            while (j - 1 >= 0 && p[order[j - 1]] == p[order[i]]) {
                j--;
            }
            for (int k = j; k <= i; k++) {
                tp += y[order[k]];
                seen++;
            }
            double recall = (double) tp / pos;
            ap += (recall - lastRecall) * ((double) tp / seen);
            lastRecall = recall;
            i = j - 1;
        }
        return ap;
    }

    /**
     * ROC curve points (false-positive rate, true-positive rate) at every distinct threshold, from (0, 0) to (1, 1).
     */
    public static List<double[]> rocCurve(int[] y, double[] p) {
        Integer[] order = sortedAscending(p);
        long pos = Arrays.stream(y).filter(v -> v == 1).count();
        long neg = y.length - pos;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        int tp = 0;
        int fp = 0;
        for (int i = order.length - 1; i >= 0; ) {
            int j = i;
            while (j - 1 >= 0 && p[order[j - 1]] == p[order[i]]) {
                j--;
            }
            for (int k = j; k <= i; k++) {
                if (y[order[k]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
            points.add(new double[] {neg == 0 ? 0 : (double) fp / neg, pos == 0 ? 0 : (double) tp / pos});
            i = j - 1;
        }
        return points;
    }

    /**
     * Reliability diagram: {@code bins} equal-width probability bins, each {mean predicted, observed positive rate,
     * count}; empty bins are left out.
     */
    public static List<double[]> calibrationCurve(int[] y, double[] p, int bins) {
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            sumP[b] += p[i];
            sumY[b] += y[i];
            count[b]++;
        }
        List<double[]> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.add(new double[] {sumP[b] / count[b], sumY[b] / count[b], count[b]});
            }
        }
        return out;
    }

    private static Integer[] sortedAscending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
