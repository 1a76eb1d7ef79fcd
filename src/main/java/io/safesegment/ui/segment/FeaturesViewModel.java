package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.Scaling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The features pane: the candidate features of the loaded data, which are used, and how each is scaled. */
public final class FeaturesViewModel {
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();

    FeaturesViewModel(SegmentsContext context) {
        context.dataProperty().addListener((obs, old, now) -> {
            if (now != null) {
                features.setAll(FeatureCatalog.rows(now));
            }
        });
    }

    /** The feature options for the checked rows; throws with a message the user can act on when none is checked. */
    FeatureOptions featureOptions() {
        List<String> columns = features.stream().filter(r -> r.selectedProperty().get()).map(FeatureRow::name).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(i18n("segments.error.nofeatures"));
        }
        FeatureOptions base = FeatureOptions.of(columns);
        return new FeatureOptions(base.columns(), base.logColumns(), base.scaling(), scalingOverrides(),
                base.missing(), base.referenceDate());
    }

    /** Features whose scaling differs from the default z-score, by name. */
    Map<String, Scaling> scalingOverrides() {
        Map<String, Scaling> overrides = new HashMap<>();
        for (FeatureRow row : features) {
            if (row.selectedProperty().get() && row.scalable() && row.scalingProperty().get() != Scaling.ZSCORE) {
                overrides.put(row.name(), row.scalingProperty().get());
            }
        }
        return overrides;
    }

    /** Candidate features. */
    public ObservableList<FeatureRow> features() {
        return features;
    }

    /** Text columns that rule-based grouping can use. */
    public List<String> groupableColumns() {
        return features.stream().filter(r -> !r.scalable() && !r.name().endsWith("_shares")).map(FeatureRow::name)
                .toList();
    }
}
