package io.safesegment.core.data.dataset;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * One column of a dataset's schema.
 *
 * @param name        column name as in the file
 * @param type        logical type
 * @param privacyRole privacy role ({@link ColumnRole#OTHER} when nothing was detected or set)
 */
public record DatasetColumn(String name, ColumnType type, ColumnRole privacyRole) {
    /** Validates; a missing role means {@link ColumnRole#OTHER}. */
    public DatasetColumn {
        if (name == null || name.isEmpty()) {
            throw new LocalizedArgumentException(Message.of("dataset.datasetColumn.aDatasetColumnNeeds"));
        }
        Objects.requireNonNull(type, "type");
        privacyRole = privacyRole == null ? ColumnRole.OTHER : privacyRole;
    }
}
