package io.safesegment.core.campaign.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a results file by role and the per-arm report. */
class ExperimentAnalysisTest {
    @TempDir
    Path dir;

    /** Writes x conversions of n per arm (revenue 10 per conversion, clicks = conversions + 1 per 10). */
    static Path results(Path dir, String armHeader, int... xn) throws IOException {
        StringBuilder csv = new StringBuilder("customer_id," + armHeader + ",exposed,clicked,converted,revenue\n");
        String[] names = {"control", "B", "C"};
        int id = 0;
        for (int a = 0; a < xn.length / 2; a++) {
            for (int i = 0; i < xn[2 * a + 1]; i++) {
                boolean converted = i < xn[2 * a];
                boolean clicked = converted || i % 10 == 0;
                csv.append("C").append(id++).append(',').append(names[a]).append(",1,").append(clicked ? 1 : 0)
                        .append(',').append(converted ? "yes" : "no").append(',').append(converted ? "10" : "")
                        .append('\n');
            }
        }
        Path file = dir.resolve("results.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void perArmFiguresMatchTheFormulas() throws IOException {
        Path file = results(dir, "variant", 200, 2000, 250, 2000, 230, 2000);
        ExperimentReport report = CampaignService.analyse(new CampaignService.ExperimentRequest(file,
                "arm=variant", ExperimentOptions.defaults()), Progress.NONE);
        assertEquals("control", report.control());
        ExperimentReport.ArmResult b = report.arm("B");
        assertEquals(2000, b.n());
        assertEquals(250, b.conversions());
        assertEquals(0.125, b.rate(), 1e-12);
        assertEquals(0.012350947711191423, b.pValue(), 1e-9);
        assertEquals(0.25, b.lift(), 1e-12);
        assertEquals(6.302521008403362, report.chiSquare(), 1e-9);
        // Holm over B (p ≈ 0.0124) and C: the smaller is doubled
        assertEquals(Math.min(1, 2 * b.pValue()), b.holmPValue(), 1e-12);
        assertEquals(0.9938143483262957, b.probabilityToBeatControl(), 1e-9);
        assertEquals(1.25, b.revenuePerCustomer(), 1e-12); // 250 × 10 / 2000
        assertEquals(0.25, b.revenueDifference(), 1e-12);
        assertNull(report.arm("control").pValue());
        assertTrue(report.warnings().stream().anyMatch(m -> m.english().contains("sequential test")));
        assertTrue(report.warnings().size() >= 2, "three arms: the Holm note too");
    }

    @Test
    void errorsNameTheRowAndColumnButNoValue() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "customer_id,arm,converted\nAlice,control,1\nBob,B,maybe\n");
        CampaignException e = assertThrows(CampaignException.class, () -> CampaignService.analyse(
                new CampaignService.ExperimentRequest(file, null, ExperimentOptions.defaults()), Progress.NONE));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'converted'"), e.getMessage());
        assertTrue(!e.getMessage().contains("maybe") && !e.getMessage().contains("Bob"), e.getMessage());
        assertThrows(CampaignException.class, () -> CampaignService.analyse(new CampaignService.ExperimentRequest(
                file, null, new ExperimentOptions("holdout", 0.05, 200, 1, 0)), Progress.NONE));
    }
}
