package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.KRange;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.FeatureOptions;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The "Score k" pane: inertia, silhouette and Davies–Bouldin for k = 2..10 and a suggested k. Scoring only
 * suggests; k changes when the user takes the suggestion or clicks a point of a chart.
 */
public final class KScoringViewModel {
    private final SegmentsContext context;
    private final FeaturesViewModel features;
    private final AlgorithmSettings settings;
    private final ReadOnlyObjectWrapper<KRange.Result> kRange = new ReadOnlyObjectWrapper<>(this, "kRange");
    private final ReadOnlyIntegerWrapper suggestedK = new ReadOnlyIntegerWrapper(this, "suggestedK", 0);

    KScoringViewModel(SegmentsContext context, FeaturesViewModel features, AlgorithmSettings settings) {
        this.context = context;
        this.features = features;
        this.settings = settings;
    }

    /** Scores k = 2..10 in the background and proposes a k. */
    public void chooseK() {
        if (!context.ready()) {
            return;
        }
        FeatureOptions options = context.withUserInput(features::featureOptions);
        if (options == null) {
            return;
        }
        long seed = settings.seedProperty().get();
        context.startWithMatrix(i18n("segments.task.krange"), options, 0.1,
                (m, progress) -> SegmentationService.scoreK(m, seed, progress), result -> {
                    KRange.Result r = result.value();
                    kRange.set(r);
                    // Only a suggestion: k changes when the user says so, never behind the plot's back.
                    suggestedK.set(r.suggestedK());
                    context.status(i18n("segments.krange.done", r.suggestedK()));
                });
    }

    /** Takes the suggested k (the user clicked "Use k = N"). */
    public void useSuggestedK() {
        if (suggestedK.get() > 0) {
            settings.kProperty().set(suggestedK.get());
        }
    }

    /** Takes k from a point of a k chart the user clicked. */
    public void pickK(int k) {
        settings.kProperty().set(k);
    }

    /** Result of the last k scan. */
    public ReadOnlyObjectProperty<KRange.Result> kRangeProperty() {
        return kRange.getReadOnlyProperty();
    }

    /** The k the last scan suggests, or 0 before a scan; k itself changes only through {@link #useSuggestedK}. */
    public ReadOnlyIntegerProperty suggestedKProperty() {
        return suggestedK.getReadOnlyProperty();
    }

    /** The chosen k (marked on the charts). */
    public IntegerProperty kProperty() {
        return settings.kProperty();
    }

    /** True while a segment task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return context.exclusive().busyProperty();
    }
}
