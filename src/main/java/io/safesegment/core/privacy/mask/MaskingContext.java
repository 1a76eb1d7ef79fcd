package io.safesegment.core.privacy.mask;

import tech.tablesaw.api.Table;

/**
 * What an operator may use besides its own parameters: the whole input table (for per-subject operators such as
 * date shift) and the key material for keyed operators.
 *
 * @param table the original, unmasked table (operators must not modify it)
 * @param keys  secret keys for keyed operators
 */
public record MaskingContext(Table table, KeyMaterial keys) {
    /** Validates the arguments. */
    public MaskingContext {
        if (table == null || keys == null) {
            throw new IllegalArgumentException("table and keys are required");
        }
    }
}
