package io.safesegment.spark;

import java.nio.file.Path;
import java.time.LocalDate;

/** RFM on Spark. */
final class SparkRfm {
    private SparkRfm() {
    }

    record Result(long customers, LocalDate referenceDate) {
    }

    static Result run(SparkFrame tx, LocalDate referenceDate, Path out) {
        throw new UnsupportedOperationException("not yet");
    }
}
