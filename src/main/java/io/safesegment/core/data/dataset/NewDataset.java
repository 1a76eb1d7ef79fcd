package io.safesegment.core.data.dataset;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to register as a workspace dataset; the catalogue assigns the id, fingerprint and time.
 *
 * @param name    the wanted name (made unique by the catalogue when taken)
 * @param file    the file, already inside the workspace's data folder
 * @param kind    how it was made
 * @param columns schema
 * @param roles   semantic roles
 * @param parents ids of the source datasets (empty for imports)
 * @param steps   steps that made it
 * @param rows    row count, or −1 when unknown
 */
public record NewDataset(String name, Path file, DatasetKind kind, List<DatasetColumn> columns, RoleMapping roles,
                         List<Long> parents, List<LineageStep> steps, long rows) {
    /** Validates and copies. */
    public NewDataset {
        if (name == null || name.isBlank()) {
            throw new LocalizedArgumentException(Message.of("dataset.newDataset.aWorkspaceDatasetNeeds"));
        }
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        roles = roles == null ? RoleMapping.empty() : roles;
        parents = List.copyOf(parents);
        steps = List.copyOf(steps);
    }
}
