package io.safesegment.core.data.dataset;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * How {@link DatasetImport} adds a file to a workspace.
 *
 * @param name         dataset name, or null for the file name
 * @param read         how to read the file (delimiter, encoding, declared types)
 * @param roles        semantic roles the user mapped ({@code --map}); every mapped column must exist
 * @param privacyRoles suggests the privacy role of each column of the loaded table (the privacy detector; the data
 *                     package cannot depend on it), or returns an empty map
 */
public record DatasetImportOptions(String name, CsvImportOptions read, RoleMapping roles,
                                   Function<Table, Map<String, ColumnRole>> privacyRoles) {
    /** Validates; null roles mean none, a null suggester suggests nothing. */
    public DatasetImportOptions {
        if (name != null && name.isBlank()) {
            throw new LocalizedArgumentException(Message.of("import.error.blankName"));
        }
        Objects.requireNonNull(read, "read");
        roles = roles == null ? RoleMapping.empty() : roles;
        privacyRoles = privacyRoles == null ? table -> Map.of() : privacyRoles;
    }

    /** Defaults: file name, detected format, no roles, no privacy suggestions. */
    public static DatasetImportOptions defaults() {
        return new DatasetImportOptions(null, CsvImportOptions.defaults(), RoleMapping.empty(), null);
    }

    /** With dataset name {@code name} (null: the file name). */
    public DatasetImportOptions withName(String name) {
        return new DatasetImportOptions(name, read, roles, privacyRoles);
    }

    /** With the given read options. */
    public DatasetImportOptions withRead(CsvImportOptions read) {
        return new DatasetImportOptions(name, read, roles, privacyRoles);
    }

    /** With the given semantic roles. */
    public DatasetImportOptions withRoles(RoleMapping roles) {
        return new DatasetImportOptions(name, read, roles, privacyRoles);
    }

    /** With a privacy-role suggester. */
    public DatasetImportOptions withPrivacyRoles(Function<Table, Map<String, ColumnRole>> privacyRoles) {
        return new DatasetImportOptions(name, read, roles, privacyRoles);
    }
}
