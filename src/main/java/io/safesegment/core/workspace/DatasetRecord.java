package io.safesegment.core.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the workspace's {@code datasets} table as stored: the structured parts (schema, roles, lineage steps)
 * are JSON text written and read by {@code core.data.dataset.DatasetCatalog}, so this storage layer does not depend
 * on the data model. Rows from schema version 1 have null JSON, fingerprint and row count.
 *
 * @param id                 database id (stable; lineage refers to it)
 * @param name               unique dataset name
 * @param file               the data file (resolved against the workspace directory)
 * @param kind               {@code imported}, {@code masked}, … or a version-1 file kind such as {@code csv}
 * @param schemaJson         columns with types and privacy roles, or null
 * @param semanticRolesJson  role → column, or null
 * @param parents            ids of the datasets this one was made from, in order
 * @param stepsJson          the steps that made it (kinds + parameters, never secrets or personal values), or null
 * @param fingerprint        SHA-256 of the file (hex) when registered, or null
 * @param rows               number of rows, or null when unknown
 * @param createdAt          when it was registered
 */
public record DatasetRecord(long id, String name, Path file, String kind, String schemaJson,
                            String semanticRolesJson, List<Long> parents, String stepsJson, String fingerprint,
                            Long rows, Instant createdAt) {
    /** Copies the parent list. */
    public DatasetRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        parents = List.copyOf(parents);
    }
}
