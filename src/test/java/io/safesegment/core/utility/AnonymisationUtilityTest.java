package io.safesegment.core.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #16 item 6 on the bundled samples: ARI and NDCG@10 of the same seeded runs, original vs anonymised. */
class AnonymisationUtilityTest {
    private static SampleAnonymisation samples;

    @BeforeAll
    static void load() {
        samples = SampleAnonymisation.read(Path.of("sample-datasets"));
    }

    private static UtilityReport measure(List<String> features, int[] levels) {
        AnonymiseOptions anonymise = samples.options(1, 0);
        return AnonymisationUtility.measure(samples.customers, anonymise, levels, samples.transactions, null,
                samples.interactions, UtilityOptions.of(FeatureOptions.of(features), 5, 7), Progress.NONE);
    }

    @Test
    void identityAnonymisationKeepsSegmentsAndRecommendations() {
        UtilityReport r = measure(SampleAnonymisation.FEATURES, new int[] {0, 0, 0});
        assertEquals(1.0, r.ari(), 1e-12);
        // every distinct customer id is segmented (the samples repeat a few ids on purpose, kept once)
        assertTrue(r.customers() > 4_900 && r.customers() <= samples.customers.rowCount(), "customers " + r.customers());
        for (SegmentSizeChange s : r.segmentSizes()) {
            assertEquals(s.original(), s.anonymised(), "segment " + s.segment());
            assertEquals(1.0, s.kept(), 1e-12);
        }
        assertNotNull(r.ndcg10Original());
        assertEquals(r.ndcg10Original(), r.ndcg10Anonymised(), 1e-12);
    }

    @Test
    void generalisedQuasiIdentifiersLowerTheAgreement() {
        // birth date to the decade, gender suppressed, city to the country
        UtilityReport r = measure(SampleAnonymisation.FEATURES, new int[] {4, 1, 1});
        assertTrue(r.ari() < 1, "ARI " + r.ari());
        assertTrue(r.ari() > -1, "ARI " + r.ari());
        assertEquals(5, r.segmentSizes().size());
        assertEquals(r.customers(), r.segmentSizes().stream().mapToInt(SegmentSizeChange::original).sum());
        assertTrue(r.segmentSizes().stream().anyMatch(s -> s.kept() < 1), "some customers change segment");
    }

    @Test
    void everyQuasiIdentifierAtTheTopStillSegments() {
        // all three at '*': age, gender and city carry nothing, income and behaviour still separate customers
        UtilityReport r = measure(SampleAnonymisation.FEATURES, new int[] {5, 1, 2});
        assertTrue(Double.isFinite(r.ari()) && r.ari() < 1, "ARI " + r.ari());
        assertEquals(5, r.segmentSizes().size());
    }

    @Test
    void recommendationsDoNotChangeWhenTheAnonymisedColumnsDoNotFeedTheModel() {
        // behavioural features only: the quasi-identifiers reach neither the segments nor the recommender
        UtilityReport r = measure(FeatureOptions.DEFAULT_COLUMNS, new int[] {4, 1, 1});
        assertEquals(1.0, r.ari(), 1e-12);
        assertEquals(r.ndcg10Original(), r.ndcg10Anonymised(), 1e-12);
        assertNotNull(r.ndcg10InteractionsOnly());
        assertEquals(0.0, r.ndcg10Change(), 1e-12);
    }

    @Test
    void decodedLabelsAreTheMeanOfTheValuesUnderThem() {
        AnonymiseOptions anonymise = samples.options(1, 0);
        int[] levels = {3, 0, 0}; // birth date to the year
        var decoded = GeneralisedValues.decode(samples.customers,
                io.safesegment.core.privacy.anonymise.Anonymiser.apply(samples.customers, anonymise, levels),
                anonymise, levels);
        var original = samples.customers.dateColumn("birth_date");
        var generalised = decoded.dateColumn("birth_date");
        for (int r = 0; r < 200; r++) {
            if (!original.isMissing(r)) {
                assertEquals(original.get(r).getYear(), generalised.get(r).getYear(), "row " + (r + 1));
            }
        }
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new UtilityOptions(FeatureOptions.defaults(),
                io.safesegment.core.segment.SegmentOptions.kmeans(3, 1),
                new io.safesegment.core.recommend.eval.EvaluationOptions(
                        io.safesegment.core.recommend.eval.SplitKind.RANDOM, 5, 5, 0.2, 100, null, 1), null));
    }
}
