package io.safesegment.core.segment;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Locale;

/** The segmentation methods of the segment studio. */
public enum Algorithm {
    /** k-means with k-means++ starts. */
    KMEANS,
    /** Density-based clusters plus noise. */
    DBSCAN,
    /** Ward agglomerative clustering on a sample. */
    HIERARCHICAL,
    /** Gaussian mixture with diagonal covariances. */
    GMM,
    /** One segment per combination of column values. */
    RULES;

    /** Parses a user-typed name ({@code kmeans}, {@code k-means}, {@code gmm}, ...). */
    public static Algorithm parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Algorithm a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new LocalizedArgumentException(Message.of("segment.algorithm.unknownAlgorithm", name));
    }

    /** Lower-case name as typed on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
