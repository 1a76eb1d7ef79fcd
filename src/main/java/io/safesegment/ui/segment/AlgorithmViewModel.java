package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.core.segment.features.FeatureOptions;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The algorithm pane: algorithm, parameters and seed, and the k-distance curve that proposes DBSCAN's ε. */
public final class AlgorithmViewModel {
    private final SegmentsContext context;
    private final FeaturesViewModel features;
    private final AlgorithmSettings settings = new AlgorithmSettings();
    private final ReadOnlyObjectWrapper<KDistance.Curve> kDistance = new ReadOnlyObjectWrapper<>(this, "kDistance");

    AlgorithmViewModel(SegmentsContext context, FeaturesViewModel features) {
        this.context = context;
        this.features = features;
    }

    /** Computes the k-distance curve for DBSCAN in the background and sets ε to its knee. */
    public void computeKDistance() {
        if (!context.ready()) {
            return;
        }
        FeatureOptions options = context.withUserInput(features::featureOptions);
        if (options == null) {
            return;
        }
        int minPoints = settings.minPointsProperty().get();
        long seed = settings.seedProperty().get();
        context.startWithMatrix(i18n("segments.task.kdistance"), options, 0.3,
                (m, progress) -> SegmentationService.kDistance(m, minPoints, seed), result -> {
                    kDistance.set(result.value());
                    settings.epsilonProperty().set(result.value().suggestedEpsilon());
                });
    }

    /** The algorithm's values. */
    public AlgorithmSettings settings() {
        return settings;
    }

    /** Last k-distance curve. */
    public ReadOnlyObjectProperty<KDistance.Curve> kDistanceProperty() {
        return kDistance.getReadOnlyProperty();
    }

    /** True while a segment task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return context.exclusive().busyProperty();
    }

    /** The candidate features (the group-by hint follows them). */
    public javafx.collections.ObservableList<FeatureRow> features() {
        return features.features();
    }

    /** Text columns that rule-based grouping can use. */
    public java.util.List<String> groupableColumns() {
        return features.groupableColumns();
    }
}
