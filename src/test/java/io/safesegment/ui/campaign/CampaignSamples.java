package io.safesegment.ui.campaign;

import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Generated samples (customers, timed transactions with channels) and an experiment-results file made from them. */
final class CampaignSamples {
    private CampaignSamples() {
    }

    /** Writes the generated sample files into {@code dir}. */
    static Path write(Path dir) throws IOException {
        SampleDataGenerator.generate(new SampleDataOptions(dir, 300, 60, 12, 5L), Progress.NONE);
        return dir;
    }

    /** A results file from an assignment list: customers of {@code winner} convert every third, others every sixth. */
    static Path results(Path assignments, String winner, Path out) throws IOException {
        List<String> lines = Files.readAllLines(assignments);
        StringBuilder csv = new StringBuilder("customer_id,arm,exposed,clicked,converted,revenue\n");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            boolean converted = i % (f[1].equals(winner) ? 3 : 6) == 0;
            csv.append(f[0]).append(',').append(f[1]).append(",1,").append(converted || i % 5 == 0 ? 1 : 0)
                    .append(',').append(converted ? 1 : 0).append(',').append(converted ? "25.5" : "0").append('\n');
        }
        Files.writeString(out, csv);
        return out;
    }
}
