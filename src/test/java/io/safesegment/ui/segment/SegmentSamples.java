package io.safesegment.ui.segment;

import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;

/** A small generated customers + transactions + products set with planted segments, for the Segments tests. */
final class SegmentSamples {
    private SegmentSamples() {
    }

    /** Writes the sample files for {@code customers} customers into {@code dir}. */
    static Path write(Path dir, int customers) throws IOException {
        SampleDataGenerator.generate(new SampleDataOptions(dir, customers, 60, 8, 7L), Progress.NONE);
        return dir;
    }
}
