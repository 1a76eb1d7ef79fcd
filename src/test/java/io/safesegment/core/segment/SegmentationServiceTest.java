package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentationServiceTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void samples() throws Exception {
        SampleDataGenerator.generate(new SampleDataOptions(dir, 200, 50, 6, 3L), Progress.NONE);
    }

    private static SegmentationService.SegmentRequest request(long seed, Path out) {
        return new SegmentationService.SegmentRequest(new SegmentationService.FeatureInput(
                dir.resolve("customers.csv"), dir.resolve("transactions.csv"), null, RoleMapping.empty(), null),
                SegmentOptions.kmeans(3, seed), out, null, null);
    }

    @Test
    void sameSeedGivesSameAssignmentsAndWritesThem() throws Exception {
        var a = SegmentationService.segment(request(11, dir.resolve("a.csv")), Progress.NONE);
        var b = SegmentationService.segment(request(11, dir.resolve("b.csv")), Progress.NONE);
        assertArrayEquals(a.run().labels(), b.run().labels());
        assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
        assertEquals(3, a.run().k());
        assertTrue(a.profiles().size() >= 3);
    }

    @Test
    void refusesAnOutputThatIsAnInput() {
        assertThrows(Exception.class,
                () -> SegmentationService.segment(request(1, dir.resolve("transactions.csv")), Progress.NONE));
    }

    @Test
    void rfmWritesScoresForEveryCustomer() throws Exception {
        var r = SegmentationService.rfm(new SegmentationService.RfmRequest(dir.resolve("transactions.csv"), null,
                null, dir.resolve("rfm.csv")), Progress.NONE);
        assertEquals(r.customers().size() + 1, Files.readAllLines(dir.resolve("rfm.csv")).size());
    }

    @Test
    void aFeatureInputNeedsCustomers() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SegmentationService.FeatureInput(null, null, null, null, null));
        assertTrue(e.getMessage().contains("customers"));
    }

    @Test
    void kRangeScoresEveryKAndIsRepeatableWithTheSeed() {
        var input = request(1, dir.resolve("unused.csv")).input();
        var options = new KRange.Options(2, 4, false, 200, 5L);
        var a = SegmentationService.kRange(input, options, Progress.NONE);
        var b = SegmentationService.kRange(input, options, Progress.NONE);
        assertEquals(3, a.result().scores().size());
        assertTrue(a.features().rows() > 4);
        assertEquals(a.result().suggestedK(), b.result().suggestedK());
        assertEquals(a.result().scores(), b.result().scores());
    }
}
