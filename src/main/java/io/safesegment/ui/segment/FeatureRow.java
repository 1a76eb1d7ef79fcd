package io.safesegment.ui.segment;

import io.safesegment.core.segment.features.Scaling;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One candidate feature in the feature panel: whether it is used and, for plain numbers, how it is scaled. */
public final class FeatureRow {
    private final String name;
    private final boolean scalable;
    private final BooleanProperty selected;
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.ZSCORE);

    /**
     * @param name     feature name as {@code FeatureOptions} expects it
     * @param scalable false for one-hot text columns and share groups, which keep their own scaling
     * @param selected initially selected
     */
    public FeatureRow(String name, boolean scalable, boolean selected) {
        this.name = name;
        this.scalable = scalable;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    /** Feature name. */
    public String name() {
        return name;
    }

    /** Whether a per-column scaling applies. */
    public boolean scalable() {
        return scalable;
    }

    /** Used in the next run. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Scaling of this column (plain numeric features only). */
    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }
}
