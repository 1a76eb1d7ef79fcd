package io.safesegment.core.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The utility of several solution-space candidates at once (the Anonymise pane's plot): the same figures as one
 * measurement per candidate, the original side computed once.
 */
class CandidateUtilityTest {
    private static final Path SAMPLES = Path.of("sample-datasets");

    @Test
    void eachCandidateMeasuresAsItWouldAlone() {
        SampleAnonymisation samples = SampleAnonymisation.read(SAMPLES);
        AnonymiseOptions options = samples.options(1, 0);
        List<int[]> candidates = List.of(new int[] {0, 0, 0}, new int[] {4, 1, 1});
        Path transactions = SAMPLES.resolve("transactions.csv");
        List<UtilityReport> all = UtilityService.measureCandidates(samples.customers, options, candidates,
                transactions, 4, 11, Progress.NONE);
        assertEquals(2, all.size());
        assertEquals(1.0, all.get(0).ari(), 1e-12, "the identity transformation keeps every segment");
        for (int c = 0; c < candidates.size(); c++) {
            UtilityReport alone = AnonymisationUtility.measureFiles(samples.customers, options, candidates.get(c),
                    transactions, null, 4, 11, Progress.NONE);
            assertEquals(alone.ari(), all.get(c).ari(), 1e-12, "candidate " + c);
            assertEquals(alone.segmentSizes(), all.get(c).segmentSizes());
            assertNotNull(all.get(c).ndcg10Anonymised());
            assertEquals(alone.ndcg10Original(), all.get(c).ndcg10Original(), 1e-12);
            assertEquals(alone.ndcg10Anonymised(), all.get(c).ndcg10Anonymised(), 1e-12, "candidate " + c);
            assertEquals(alone.features(), all.get(c).features());
        }
    }

    @Test
    void withoutTransactionsOnlyTheAgreementIsMeasuredAndCancellationStops() {
        SampleAnonymisation samples = SampleAnonymisation.read(SAMPLES);
        AnonymiseOptions options = samples.options(1, 0);
        List<UtilityReport> ari = UtilityService.measureCandidates(samples.customers, options,
                List.of(new int[] {4, 1, 1}), null, 4, 11, Progress.NONE);
        assertNull(ari.getFirst().ndcg10Anonymised());
        assertEquals(List.of("age", "gender", "city"), ari.getFirst().features(),
                "the quasi-identifiers as features: else the anonymisation could not change the segments");
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(TaskCancelledException.class, () -> UtilityService.measureCandidates(samples.customers,
                options, List.of(new int[] {4, 1, 1}), null, 4, 11, cancelled));
    }
}
