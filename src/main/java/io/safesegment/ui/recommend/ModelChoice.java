package io.safesegment.ui.recommend;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the model list: a model name (as on the command line) and whether it is ticked. */
public final class ModelChoice {
    private final String name;
    private final BooleanProperty selected;

    ModelChoice(String name, boolean selected) {
        this.name = name;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
