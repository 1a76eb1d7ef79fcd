package io.safesegment.ui.recommend;

import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;

/** A small generated sample set with planted co-purchase bundles and segments, for the Recommendations tests. */
final class RecommendSamples {
    /** Customers of the generated set. */
    static final int CUSTOMERS = 600;

    private RecommendSamples() {
    }

    /** Writes customers, transactions, products and the ground-truth files into {@code dir}. */
    static Path write(Path dir) throws IOException {
        SampleDataGenerator.generate(new SampleDataOptions(dir, CUSTOMERS, 100, 12, 11L), Progress.NONE);
        return dir;
    }
}
