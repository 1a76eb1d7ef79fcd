package io.safesegment.ui.data;

import java.nio.file.Path;

/**
 * One dataset as the Data section lists it.
 *
 * @param name      the registered name, e.g. {@code customers.csv}
 * @param path      the file in the workspace
 * @param kind      file kind, e.g. {@code csv}
 * @param sizeBytes file size, or -1 when the file is missing
 */
public record DatasetItem(String name, Path path, String kind, long sizeBytes) {

    /** Whether the registered file is still there. */
    public boolean exists() {
        return sizeBytes >= 0;
    }
}
