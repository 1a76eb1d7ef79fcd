package io.safesegment.core.data;

import java.util.Map;
import java.util.Optional;

/**
 * Suggested semantic roles of one table.
 *
 * @param mapping    role → column
 * @param confidence role → confidence in (0, 1]: about 0.9 for a known column name, lower for a guess from values
 * @param reasons    role → short reason ("name 'InvoiceDate'", "date-time values") for the mapping panel
 */
public record RoleSuggestion(RoleMapping mapping, Map<SemanticRole, Double> confidence,
                             Map<SemanticRole, String> reasons) {
    /** Copies the maps. */
    public RoleSuggestion {
        confidence = Map.copyOf(confidence);
        reasons = Map.copyOf(reasons);
    }

    /** The amount derivation the suggested mapping implies (quantity × unit price when no amount column). */
    public Optional<AmountDerivation> amountDerivation() {
        return AmountDerivation.of(mapping);
    }
}
