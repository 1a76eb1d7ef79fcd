package io.safesegment.core.data.dataset;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Keeps a table that a command computed from files (segment assignments, features, an anonymised table, a
 * recommendation list) as a workspace dataset. The command was given files, not datasets, so the parents are the
 * workspace datasets whose SHA-256 fingerprint equals one of the input files' — an import of that very file, or a
 * masked export read back — and the step records how the table was made (never keys or personal values).
 */
public final class DerivedDatasets {
    private DerivedDatasets() {
    }

    /**
     * Writes {@code table} into the workspace's data folder and registers it.
     *
     * @param kind         {@link DatasetKind#DERIVED} or {@link DatasetKind#ANONYMISED}
     * @param privacyRoles privacy role by column (missing columns are {@link ColumnRole#OTHER})
     * @param inputs       the files the table was computed from (missing files are skipped)
     */
    public static Dataset keep(Workspace workspace, String name, Table table, DatasetKind kind,
                               Map<String, ColumnRole> privacyRoles, RoleMapping roles, List<Path> inputs,
                               LineageStep step) {
        Objects.requireNonNull(workspace, "workspace");
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Set<String> fingerprints = new HashSet<>();
        for (Path file : inputs) {
            if (file != null && Files.isRegularFile(file)) {
                fingerprints.add(DatasetStore.fingerprint(file));
            }
        }
        List<Long> parents = catalog.list().stream().filter(d -> fingerprints.contains(d.fingerprint()))
                .map(Dataset::id).distinct().toList();
        return catalog.registerTable(name, table, kind, privacyRoles, roles, parents, List.of(step), Progress.NONE);
    }
}
