package io.safesegment.ui.privacy;

import io.safesegment.core.data.ColumnRole;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One column of the dataset as the Personal data panel and the policy editor show it. The editable properties
 * ({@link #roleProperty()}, {@link #operatorProperty()}, {@link #paramsProperty()}) are watched by
 * {@link PolicyEditorViewModel}, which turns every edit into one edit of its draft; only Apply saves a revision.
 */
public final class ColumnRow {
    private final String column;
    private final StringProperty entities = new SimpleStringProperty(this, "entities", "");
    private final DoubleProperty confidence = new SimpleDoubleProperty(this, "confidence", -1);
    private final ObjectProperty<ColumnRole> suggestedRole = new SimpleObjectProperty<>(this, "suggestedRole");
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty operator = new SimpleStringProperty(this, "operator");
    private final StringProperty params = new SimpleStringProperty(this, "params", "");
    private final StringProperty suggestedRule = new SimpleStringProperty(this, "suggestedRule", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    ColumnRow(String column) {
        this.column = column;
    }

    /** The column name. */
    public String column() {
        return column;
    }

    /** Detected entities with confidence, e.g. "Email 98%", empty before detection or when nothing was found. */
    public StringProperty entitiesProperty() {
        return entities;
    }

    /** Confidence of the top entity, 0..1, or -1 when nothing was detected. */
    public DoubleProperty confidenceProperty() {
        return confidence;
    }

    /** The role the detector proposes. */
    public ObjectProperty<ColumnRole> suggestedRoleProperty() {
        return suggestedRole;
    }

    /** The role in the policy (editable). */
    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    /** The operator id of the column's rule ({@code keep} without a rule; editable). */
    public StringProperty operatorProperty() {
        return operator;
    }

    /** The rule parameters as {@code name=value, …} text (editable). */
    public StringProperty paramsProperty() {
        return params;
    }

    /** The suggested rule as text, for reference next to the editable one. */
    public StringProperty suggestedRuleProperty() {
        return suggestedRule;
    }

    /** Why the current edit or rule is not valid; empty when it is. */
    public StringProperty problemProperty() {
        return problem;
    }
}
