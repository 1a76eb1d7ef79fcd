package io.safesegment.ui.data;

import io.safesegment.core.data.SemanticRole;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One semantic role in the mapping panel: the column the user chose for it (null = none) and what
 * {@link io.safesegment.core.data.RoleSuggester} suggested, with its confidence and reason.
 *
 * @param role       the role
 * @param suggested  the suggested column, or null
 * @param confidence confidence of the suggestion in [0, 1] (0 without one)
 * @param reason     why it was suggested (e.g. "name 'InvoiceDate'"), or null
 * @param column     the chosen column, null for none
 */
public record RoleRow(SemanticRole role, String suggested, double confidence, String reason,
                      ObjectProperty<String> column) {
    /** A row with {@code chosen} preselected. */
    static RoleRow of(SemanticRole role, String suggested, double confidence, String reason, String chosen) {
        return new RoleRow(role, suggested, confidence, reason, new SimpleObjectProperty<>(chosen));
    }

    /** The chosen column, or null. */
    public String chosen() {
        return column.get();
    }
}
