package io.safesegment.core.data.samples;

import java.time.Duration;
import java.util.List;

/**
 * What {@link SampleDataGenerator#generate} wrote.
 *
 * @param options  the options it ran with
 * @param files    the files written, in writing order
 * @param duration wall time of the whole generation
 */
public record SampleDataResult(SampleDataOptions options, List<SampleFile> files, Duration duration) {

    /** Copies the list so the result stays immutable. */
    public SampleDataResult {
        files = List.copyOf(files);
    }

    /**
     * One written file.
     *
     * @param name  file name, e.g. {@code customers.csv}
     * @param rows  data rows (without the header line)
     * @param bytes size on disk
     */
    public record SampleFile(String name, long rows, long bytes) {
    }
}
