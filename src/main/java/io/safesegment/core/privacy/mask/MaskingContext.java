package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import tech.tablesaw.api.Table;

/**
 * What an operator may use besides its own parameters: the whole input table (for per-subject operators such as
 * date shift), the key material for keyed operators and the id of the dataset being masked (keyed randomness and
 * the privacy budget are per dataset).
 *
 * @param table     the original, unmasked table (operators must not modify it)
 * @param keys      secret keys for keyed operators
 * @param datasetId the dataset being masked (a workspace dataset name or an input file name)
 */
public record MaskingContext(Table table, KeyMaterial keys, String datasetId) {
    /** Validates the arguments. */
    public MaskingContext {
        if (table == null || keys == null) {
            throw new LocalizedArgumentException(Message.of("mask.maskingContext.tableAndKeysAre"));
        }
        if (datasetId == null || datasetId.isBlank()) {
            datasetId = table.name() == null || table.name().isBlank() ? "dataset" : table.name();
        }
    }

    /** A context whose dataset id is the table's name. */
    public MaskingContext(Table table, KeyMaterial keys) {
        this(table, keys, null);
    }
}
