package io.safesegment.core.data.dataset;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table the user works with, as the workspace knows it: the identity downstream features refer to (rather than a
 * table or file name). Datasets registered before schema version 2 have an empty schema, no fingerprint and rows −1.
 *
 * @param id          stable id in the workspace
 * @param name        unique name
 * @param file        the data file inside the workspace
 * @param kind        how it was made
 * @param columns     schema with types and privacy roles (empty when unknown)
 * @param roles       semantic role → column
 * @param parents     ids of the datasets it was made from
 * @param steps       the steps that made it
 * @param fingerprint SHA-256 of the file when registered (hex), or null
 * @param rows        row count, or −1 when unknown
 * @param createdAt   when it was registered
 */
public record Dataset(long id, String name, Path file, DatasetKind kind, List<DatasetColumn> columns,
                      RoleMapping roles, List<Long> parents, List<LineageStep> steps, String fingerprint, long rows,
                      Instant createdAt) {
    /** Validates and copies the lists. */
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        roles = roles == null ? RoleMapping.empty() : roles;
        parents = List.copyOf(parents);
        steps = List.copyOf(steps);
    }

    /** Privacy role per column, in column order. */
    public Map<String, ColumnRole> privacyRoles() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        columns.forEach(c -> roles.put(c.name(), c.privacyRole()));
        return roles;
    }

    /** Whether this is a masked or anonymised dataset. */
    public boolean isProtected() {
        return kind.isProtected();
    }
}
