package io.safesegment.ui.data;

import io.safesegment.core.data.dataset.DatasetKind;
import java.nio.file.Path;

/**
 * One dataset as the Data section lists it: a line of the lineage tree.
 *
 * @param name        the registered name, e.g. {@code customers.csv}
 * @param path        the file in the workspace, or null for a dataset made in this session
 * @param kind        stored kind ({@code imported}, {@code masked}, …) or {@value #SESSION}
 * @param sizeBytes   file size, or -1 when the file is missing
 * @param id          the workspace dataset id, or -1 for a session dataset
 * @param datasetKind how the dataset was made
 * @param rows        row count, or -1 when unknown
 * @param depth       0 for a root of the lineage tree, 1 for its children, …
 */
public record DatasetItem(String name, Path path, String kind, long sizeBytes, long id, DatasetKind datasetKind,
                          long rows, int depth) {
    /** Kind of datasets that exist only in memory (join results). */
    public static final String SESSION = "session";

    /** A root-level item without lineage details. */
    public DatasetItem(String name, Path path, String kind, long sizeBytes) {
        this(name, path, kind, sizeBytes, -1, DatasetKind.fromStored(kind), -1, 0);
    }

    /** A dataset made in this session. */
    static DatasetItem session(String name) {
        return new DatasetItem(name, null, SESSION, 0);
    }

    /** Whether the dataset lives only in this session. */
    public boolean inSession() {
        return SESSION.equals(kind) && path == null;
    }

    /** Whether the registered file is still there. */
    public boolean exists() {
        return sizeBytes >= 0;
    }
}
