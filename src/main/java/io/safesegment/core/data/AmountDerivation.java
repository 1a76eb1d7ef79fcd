package io.safesegment.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The recorded step "amount = quantity × unit price": used when a table maps {@link SemanticRole#QUANTITY} and
 * {@link SemanticRole#UNIT_PRICE} but no {@link SemanticRole#AMOUNT}. Reports, lineage and recipes keep this record so
 * that a derived amount is never silent.
 *
 * @param quantityColumn  column mapped to quantity
 * @param unitPriceColumn column mapped to unit price
 */
public record AmountDerivation(String quantityColumn, String unitPriceColumn) {
    /** The step name stored in lineage and recipes. */
    public static final String STEP = "derive_amount";

    /** Requires both columns. */
    public AmountDerivation {
        Objects.requireNonNull(quantityColumn, "quantityColumn");
        Objects.requireNonNull(unitPriceColumn, "unitPriceColumn");
    }

    /** The derivation {@code mapping} implies: present when quantity and unit price are mapped and amount is not. */
    public static Optional<AmountDerivation> of(RoleMapping mapping) {
        if (mapping.has(SemanticRole.AMOUNT)) {
            return Optional.empty();
        }
        Optional<String> q = mapping.column(SemanticRole.QUANTITY);
        Optional<String> p = mapping.column(SemanticRole.UNIT_PRICE);
        return q.isPresent() && p.isPresent() ? Optional.of(new AmountDerivation(q.get(), p.get())) : Optional.empty();
    }

    /** The amount of one line; NaN when either input is missing. */
    public double apply(double quantity, double unitPrice) {
        return quantity * unitPrice;
    }

    /** Human-readable form, e.g. {@code amount = Quantity × UnitPrice}. */
    public String describe() {
        return "amount = " + quantityColumn + " × " + unitPriceColumn;
    }

    /** The step as stored in lineage / recipes: {@code step, role, quantity, unit_price}. */
    public Map<String, String> asStep() {
        Map<String, String> step = new LinkedHashMap<>();
        step.put("step", STEP);
        step.put("role", SemanticRole.AMOUNT.cliName());
        step.put(SemanticRole.QUANTITY.cliName(), quantityColumn);
        step.put(SemanticRole.UNIT_PRICE.cliName(), unitPriceColumn);
        return step;
    }
}
