package io.safesegment.ui.data;

import java.nio.file.Path;

/**
 * One dataset as the Data section lists it.
 *
 * @param name      the registered name, e.g. {@code customers.csv}
 * @param path      the file in the workspace, or null for a dataset made in this session
 * @param kind      file kind, e.g. {@code csv}, or {@value #SESSION}
 * @param sizeBytes file size, or -1 when the file is missing
 */
public record DatasetItem(String name, Path path, String kind, long sizeBytes) {
    /** Kind of datasets that exist only in memory (join results). */
    public static final String SESSION = "session";

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
