package io.safesegment.ui.data;

import io.safesegment.core.data.ColumnType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column in the import preview: its detected type and the type the user chose (initially the detected one). */
public final class ImportColumn {
    private final String name;
    private final ColumnType detected;
    private final ObjectProperty<ColumnType> chosen;

    ImportColumn(String name, ColumnType detected, ColumnType chosen) {
        this.name = name;
        this.detected = detected;
        this.chosen = new SimpleObjectProperty<>(this, "chosen", chosen);
    }

    /** The column name. */
    public String name() {
        return name;
    }

    /** The type the importer inferred. */
    public ColumnType detected() {
        return detected;
    }

    /** The type the column will be loaded as. */
    public ObjectProperty<ColumnType> chosenProperty() {
        return chosen;
    }

    /** Whether the user overrode the detected type. */
    boolean overridden() {
        return chosen.get() != null && chosen.get() != detected;
    }
}
