package io.safesegment.core.segment.profile;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.SegmentNames;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.task.ParallelRanges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Describes every segment of a labeling against the whole population. */
public final class SegmentProfiler {
    /** Most frequent values listed per text attribute. */
    public static final int TOP_CATEGORIES = 3;

    private SegmentProfiler() {
    }

    /**
     * Profiles of the segments in label order (noise, −1, last when present).
     *
     * @param names segment names by label (may be shorter than the number of labels)
     */
    public static List<SegmentProfile> profile(FeatureMatrix features, int[] labels, List<String> names) {
        int n = labels.length;
        if (n != features.rows()) {
            throw new LocalizedArgumentException(Message.of("profile.segmentProfiler.labelsCover", n, features.rows()));
        }
        TreeSet<Integer> segments = new TreeSet<>(Comparator.comparingInt((Integer l) -> l < 0 ? Integer.MAX_VALUE : l));
        for (int l : labels) {
            segments.add(l);
        }
        int d = features.columns();
        double[] overallMean = new double[d];
        double[] overallMedian = new double[d];
        double[] scaledMean = new double[d];
        double[] scaledSd = new double[d];
        ParallelRanges.run(d, 1, (from, to) -> {
            for (int j = from; j < to; j++) {
                overallMedian[j] = median(features.raw()[j]);
            }
        });
        for (int j = 0; j < d; j++) {
            overallMean[j] = mean(features.raw()[j]);
            scaledMean[j] = mean(features.scaled()[j]);
            double var = 0;
            for (double v : features.scaled()[j]) {
                var += (v - scaledMean[j]) * (v - scaledMean[j]);
            }
            scaledSd[j] = Math.sqrt(var / n);
        }
        // Segments are independent: profiled in parallel (each needs a pass over its rows and d medians).
        List<Integer> order = new ArrayList<>(segments);
        SegmentProfile[] out = new SegmentProfile[order.size()];
        ParallelRanges.run(out.length, 1, (from, to) -> {
            for (int s = from; s < to; s++) {
                out[s] = profileOne(features, labels, names, order.get(s), overallMean, overallMedian, scaledMean,
                        scaledSd);
            }
        });
        return new ArrayList<>(Arrays.asList(out));
    }

    private static SegmentProfile profileOne(FeatureMatrix features, int[] labels, List<String> names, int seg,
                                             double[] overallMean, double[] overallMedian, double[] scaledMean,
                                             double[] scaledSd) {
        int n = labels.length;
        int d = features.columns();
        int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> labels[i] == seg).toArray();
        List<SegmentProfile.FeatureStat> stats = new ArrayList<>();
        // one buffer per segment for every feature's values (medians need them together); the scaled mean is summed
        // straight from the column: two fresh arrays per segment and feature were ~10 % of a 1M-row run's allocation
        double[] raw = new double[rows.length];
        for (int j = 0; j < d; j++) {
            pick(features.raw()[j], rows, raw);
            double z = scaledSd[j] == 0 ? 0 : (mean(features.scaled()[j], rows) - scaledMean[j]) / scaledSd[j];
            stats.add(new SegmentProfile.FeatureStat(features.featureNames().get(j), mean(raw), median(raw),
                    overallMean[j], overallMedian[j], z));
        }
        Map<String, List<SegmentProfile.CategoryShare>> top = new LinkedHashMap<>();
        features.categories().forEach((column, values) -> top.put(column, topValues(values, rows)));
        String name = seg < 0 ? SegmentNames.noise().english() : seg < names.size() ? names.get(seg)
                : SegmentNames.defaultName(seg).english();
        return new SegmentProfile(seg, name, rows.length, (double) rows.length / n, stats, top,
                seg < 0 ? "Noise" : SegmentLabeler.label(stats));
    }

    private static List<SegmentProfile.CategoryShare> topValues(String[] values, int[] rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (int r : rows) {
            counts.merge(values[r] == null ? "(missing)" : values[r], 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_CATEGORIES)
                .map(e -> new SegmentProfile.CategoryShare(e.getKey(), (double) e.getValue() / rows.length))
                .toList();
    }

    private static void pick(double[] col, int[] rows, double[] out) {
        for (int i = 0; i < rows.length; i++) {
            out[i] = col[rows[i]];
        }
    }

    /** Mean of {@code col} over {@code rows}, summed in the same order as {@link #mean(double[])} of those values. */
    static double mean(double[] col, int[] rows) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int r : rows) {
            s += col[r];
        }
        return s / rows.length;
    }

    static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        // Radix selection instead of a sort: linear, and the input stays as it is (Arrays.sort's order throughout)
        int m = v.length / 2;
        double upper = OrderStatistics.kth(v, m);
        return v.length % 2 == 1 ? upper : (OrderStatistics.below(v, m, upper) + upper) / 2;
    }
}
