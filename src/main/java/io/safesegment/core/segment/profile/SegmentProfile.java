package io.safesegment.core.segment.profile;

import java.util.List;
import java.util.Map;

/**
 * What characterises one segment.
 *
 * @param segment       label (−1 = noise)
 * @param name          segment name from the run
 * @param size          customers in it
 * @param share         size / all customers
 * @param features      per-feature statistics against the whole population
 * @param topCategories for each text attribute, its most frequent values in the segment
 * @param description   automatic label such as "High spend · infrequent · recent"
 */
public record SegmentProfile(int segment, String name, int size, double share, List<FeatureStat> features,
                             Map<String, List<CategoryShare>> topCategories, String description) {

    /**
     * One feature in one segment; means and medians are on the unscaled values.
     *
     * @param feature       name
     * @param mean          segment mean
     * @param median        segment median
     * @param overallMean   population mean
     * @param overallMedian population median
     * @param z             segment mean of the scaled feature in population standard deviations
     */
    public record FeatureStat(String feature, double mean, double median, double overallMean, double overallMedian,
                              double z) {
    }

    /**
     * A frequent value of a text attribute.
     *
     * @param value the value
     * @param share share of the segment's customers with it
     */
    public record CategoryShare(String value, double share) {
    }
}
