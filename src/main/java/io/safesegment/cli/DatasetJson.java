package io.safesegment.cli;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.LineageStep;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a workspace dataset printed by {@code import --json} and {@code datasets --json}; its field
 * names are a contract.
 */
record DatasetJson(long id, String name, String kind, String file, long rows, List<Column> columns, Roles roles,
                   List<Long> parents, List<LineageStep> steps, String fingerprint, String createdAt) {

    /** A schema column. */
    record Column(String name, String type) {
    }

    /** Privacy role per column and semantic role → column. */
    record Roles(Map<String, ColumnRole> privacy, Map<String, String> semantic) {
    }

    static DatasetJson of(Dataset d) {
        return new DatasetJson(d.id(), d.name(), d.kind().cliName(), d.file().toString(), d.rows(),
                d.columns().stream().map(c -> new Column(c.name(), c.type().name())).toList(),
                new Roles(d.privacyRoles(), d.roles().asNamedMap()), d.parents(), d.steps(), d.fingerprint(),
                d.createdAt().toString());
    }
}
