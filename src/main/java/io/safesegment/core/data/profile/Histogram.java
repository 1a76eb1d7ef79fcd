package io.safesegment.core.data.profile;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;

/**
 * Equal-width histogram of a numeric column.
 *
 * @param edges  bin edges, one more than the counts; bin i covers [edges[i], edges[i+1]) and the last bin is closed
 * @param counts values per bin
 */
public record Histogram(List<Double> edges, List<Long> counts) {
    /** Copies the lists. */
    public Histogram {
        edges = List.copyOf(edges);
        counts = List.copyOf(counts);
        if (edges.size() != counts.size() + 1) {
            throw new LocalizedArgumentException(Message.of("profile.histogram.aHistogramNeedsOne"));
        }
    }
}
