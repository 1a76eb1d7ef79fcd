package io.safesegment.ui.segment;

import io.safesegment.core.segment.Algorithm;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.cluster.Hierarchical;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The algorithm panel of the Segments section: which algorithm, its parameters and the seed. Each property is bound
 * to one control; {@link #segmentOptions()} turns the current values into the core's options (which validate them).
 */
public final class AlgorithmSettings {
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final ObjectProperty<Algorithm> algorithm = new SimpleObjectProperty<>(this, "algorithm", Algorithm.KMEANS);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 4);
    private final IntegerProperty restarts = new SimpleIntegerProperty(this, "restarts", 4);
    private final IntegerProperty minPoints = new SimpleIntegerProperty(this, "minPoints", 10);
    private final DoubleProperty epsilon = new SimpleDoubleProperty(this, "epsilon", 0);
    private final IntegerProperty sampleSize = new SimpleIntegerProperty(this, "sampleSize", Hierarchical.DEFAULT_SAMPLE);
    private final ObservableList<String> groupBy = FXCollections.observableArrayList();
    private final DoubleProperty bandWidth = new SimpleDoubleProperty(this, "bandWidth", 10);

    /**
     * The segmentation options for the chosen algorithm; parameters of other algorithms are left at neutral values.
     *
     * @throws IllegalArgumentException with a message for the user when a value is out of range
     */
    public SegmentOptions segmentOptions() {
        return switch (algorithm.get()) {
            case RULES -> new SegmentOptions(Algorithm.RULES, 1, seed.get(), 1, 1, 0, Hierarchical.DEFAULT_SAMPLE,
                    List.copyOf(groupBy), bandWidth.get());
            case DBSCAN -> SegmentOptions.of(Algorithm.DBSCAN, 1, seed.get()).withDbscan(minPoints.get(),
                    epsilon.get());
            default -> new SegmentOptions(algorithm.get(), k.get(), seed.get(), restarts.get(), minPoints.get(), 0,
                    sampleSize.get(), List.of(), bandWidth.get());
        };
    }

    /** Random seed, saved with the run. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** Chosen algorithm. */
    public ObjectProperty<Algorithm> algorithmProperty() {
        return algorithm;
    }

    /** Number of segments (k-means, hierarchical, GMM). */
    public IntegerProperty kProperty() {
        return k;
    }

    /** k-means restarts. */
    public IntegerProperty restartsProperty() {
        return restarts;
    }

    /** DBSCAN minimum points. */
    public IntegerProperty minPointsProperty() {
        return minPoints;
    }

    /** DBSCAN ε (0 = the knee of the k-distance curve). */
    public DoubleProperty epsilonProperty() {
        return epsilon;
    }

    /** Ward sample size. */
    public IntegerProperty sampleSizeProperty() {
        return sampleSize;
    }

    /** Rule-based grouping columns. */
    public ObservableList<String> groupBy() {
        return groupBy;
    }

    /** Band width for numeric grouping columns. */
    public DoubleProperty bandWidthProperty() {
        return bandWidth;
    }
}
