package io.safesegment.core.segment.cluster;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * The one check every clustering algorithm makes before it starts: there must be at least as many rows as
 * segments. Without it the libraries fail deep inside with messages such as Smile's "HeapSelect i is greater than
 * the number of data received so far", which tell a user nothing about their data.
 */
public final class RowCount {
    private RowCount() {
    }

    /**
     * Refuses {@code rows < k} (and an empty input) with a message naming the algorithm, the row count and k.
     *
     * @param algorithm user-facing algorithm name, e.g. {@code k-means}
     * @throws IllegalArgumentException when there are fewer rows than segments
     */
    public static void require(String algorithm, int rows, int k) {
        if (rows == 0) {
            throw new LocalizedArgumentException(Message.of("segment.error.noRows", String.valueOf(algorithm)));
        }
        if (rows < k) {
            throw new LocalizedArgumentException(Message.of("segment.error.tooFewRows",
                    String.valueOf(algorithm), k, rows));
        }
    }
}
