package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationServiceTest {
    @TempDir
    static Path dir;
    static RecommendInputs inputs;

    @BeforeAll
    static void samples() throws Exception {
        SampleDataGenerator.generate(new SampleDataOptions(dir, 150, 50, 6, 5L), Progress.NONE);
        inputs = new RecommendInputs(dir.resolve("transactions.csv"), dir.resolve("products.csv"), null,
                TransactionOptions.defaults(), dir.resolve("customer_segments.csv"), "planted_segment",
                RoleMapping.empty());
    }

    @Test
    void campaignListHasTopNForEveryMemberAndRepeatsWithTheSeed() throws Exception {
        var fitted = RecommendationService.fit(inputs, new RecommendationService.ModelChoice("BPR", 3, 0),
                Progress.NONE);
        String segment = fitted.data().segments().values().iterator().next();
        int members = RecommendationService.members(fitted, segment).size();
        assertEquals(members, RecommendationService.writeCampaignList(fitted, segment, 4, dir.resolve("a.csv")));
        List<String> lines = Files.readAllLines(dir.resolve("a.csv"));
        assertEquals(members * 4 + 1, lines.size());
        var again = RecommendationService.fit(inputs, new RecommendationService.ModelChoice("bpr", 3, 0),
                Progress.NONE);
        RecommendationService.writeCampaignList(again, segment, 4, dir.resolve("b.csv"));
        assertEquals(lines, Files.readAllLines(dir.resolve("b.csv")));
    }

    @Test
    void unknownModelAndEmptySegmentAreRefused() throws Exception {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RecommendationService.ModelChoice("magic", 1, 0));
        assertTrue(e.getMessage().contains("Unknown model 'magic'"));
        var fitted = RecommendationService.fit(inputs, new RecommendationService.ModelChoice("popularity", 1, 0),
                Progress.NONE);
        assertThrows(IllegalArgumentException.class,
                () -> RecommendationService.writeCampaignList(fitted, "NO_SUCH", 3, dir.resolve("c.csv")));
        assertThrows(IllegalArgumentException.class, () -> RecommendationService.forCustomer(fitted, "x", 0));
    }

    @Test
    void evaluatesNamedModelsOnTheSameSplits() {
        var report = RecommendationService.evaluate(new RecommendationService.EvaluateRequest(inputs,
                List.of("popularity", "itemknn"), new EvaluationOptions(SplitKind.RANDOM, 2, 5, 0.2, 100, null, 1),
                0), Progress.NONE);
        assertEquals(2, report.models().size());
        assertThrows(IllegalArgumentException.class, () -> new RecommendationService.EvaluateRequest(inputs,
                List.of(), EvaluationOptions.defaults(), 0));
    }

    @Test
    void keepListStoresWhoRankProductScoreWithModelAndSeedInItsLineage() throws Exception {
        var fitted = RecommendationService.fit(inputs, new RecommendationService.ModelChoice("popularity", 7, 0),
                Progress.NONE);
        String segment = fitted.data().segments().values().iterator().next();
        var preview = RecommendationService.forSegment(fitted, segment, 3, Progress.NONE);
        var kept = RecommendationService.keepList(dir.resolve("ws"), "segment", segment, preview.model(), 7, 3,
                preview.items(), java.util.Arrays.asList(inputs.transactions(), null));
        assertEquals(preview.items().size(), kept.rows());
        assertEquals("recommend", kept.steps().get(0).kind());
        assertEquals(7L, ((Number) kept.steps().get(0).parameters().get("seed")).longValue());
        assertEquals("segment", kept.roles().column(io.safesegment.core.data.SemanticRole.SEGMENT).orElseThrow());
    }

    @Test
    void explicitHyperParametersAreUsedAndTheDefaultsMatchTheShortForm() {
        var data = RecommendationService.load(inputs, Progress.NONE);
        var choice = new RecommendationService.ModelChoice("itemknn", 4, 0);
        var plain = RecommendationService.fit(data, choice, Progress.NONE);
        var withDefaults = RecommendationService.fit(data, choice, ModelParameters.defaults(4), Progress.NONE);
        String customer = RecommendationService.members(plain, plain.data().segments().values().iterator().next())
                .getFirst();
        assertEquals(ids(RecommendationService.forCustomer(plain, customer, 5)),
                ids(RecommendationService.forCustomer(withDefaults, customer, 5)));
        var d = ModelParameters.defaults(4);
        var oneNeighbour = new io.safesegment.core.recommend.model.KnnParams(d.itemKnn().similarity(), 1,
                d.itemKnn().shrinkage());
        var narrow = new ModelParameters(oneNeighbour, d.userKnn(), d.mf(), d.als(), d.bpr(), d.content(),
                d.markov(), d.hybrid());
        var request = new RecommendationService.EvaluateRequest(inputs, List.of("itemknn"),
                new EvaluationOptions(SplitKind.RANDOM, 2, 5, 0.2, 100, null, 1), 0);
        double byDefault = RecommendationService.evaluate(request, data, Progress.NONE).models().getFirst()
                .overall().ndcg();
        assertEquals(byDefault, RecommendationService.evaluate(request, data, ModelParameters.defaults(1),
                Progress.NONE).models().getFirst().overall().ndcg(), 1e-12);
        assertTrue(byDefault != RecommendationService.evaluate(request, data, narrow, Progress.NONE).models()
                .getFirst().overall().ndcg(), "one neighbour instead of the default changes the ranking quality");
    }

    @Test
    void previewLoadTakesProductNamesFromTheLinesAndRfmSegments() throws Exception {
        // the sample transactions with a product name per line, as the online-retail export has
        List<String> lines = Files.readAllLines(dir.resolve("transactions.csv"));
        List<String> named = new java.util.ArrayList<>(List.of(lines.getFirst() + ",product_name"));
        lines.stream().skip(1).forEach(l -> named.add(l + ",Item " + Math.abs(l.hashCode() % 7)));
        Path withNames = Files.write(dir.resolve("named-transactions.csv"), named);
        var noProducts = new RecommendInputs(withNames, null, null,
                TransactionOptions.defaults(), null, null, RoleMapping.empty());
        var plain = RecommendationService.load(noProducts, Progress.NONE);
        assertTrue(plain.catalogue().isEmpty());
        assertTrue(plain.segments().isEmpty());
        var preview = RecommendationService.loadForPreview(noProducts, true, Progress.NONE);
        assertEquals(plain.matrix().nnz(), preview.matrix().nnz());
        assertTrue(preview.catalogue().products().values().stream().anyMatch(p -> !p.name().isBlank()),
                "names from the transaction lines");
        assertEquals(plain.matrix().rows(), preview.segments().size(), "every customer has an RFM segment");
        assertTrue(RecommendationService.loadForPreview(noProducts, false, Progress.NONE).segments().isEmpty());
    }

    private static List<String> ids(UserPreview preview) {
        return preview.items().stream().map(RecommendedItem::itemId).toList();
    }
}
