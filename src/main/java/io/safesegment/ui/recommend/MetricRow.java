package io.safesegment.ui.recommend;

import io.safesegment.core.recommend.eval.Metrics;
import java.util.Collection;

/**
 * One line of an evaluation table: a model overall (segment null) or a model within one customer segment.
 *
 * @param model   model name
 * @param segment segment name, or null for all customers
 * @param metrics the core's metrics
 */
public record MetricRow(String model, String segment, Metrics metrics) {

    /** Smallest category fairness ratio (share in recommendations ÷ share in the market), or NaN without categories. */
    public double fairnessMin() {
        return bound(metrics.fairness().values(), true);
    }

    /** Largest category fairness ratio, or NaN without categories. */
    public double fairnessMax() {
        return bound(metrics.fairness().values(), false);
    }

    private static double bound(Collection<Double> values, boolean min) {
        return values.stream().mapToDouble(Double::doubleValue).reduce(min ? Math::min : Math::max).orElse(Double.NaN);
    }
}
