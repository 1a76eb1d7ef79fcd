package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.ModelParameters;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.recommend.model.Similarity;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Recommendations ViewModel on a same-thread task runner against a real workspace and generated samples. */
class RecommendationsViewModelTest {
    @TempDir
    static Path samplesDir;

    @TempDir
    Path dir;

    private static Path samples;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> statuses = new ArrayList<>();
    private WorkspaceSession session;
    private Workspace workspace;
    private RecommendationsViewModel model;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        samples = RecommendSamples.write(samplesDir.resolve("samples"));
    }

    @BeforeEach
    void setUp() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        for (String name : List.of("customers.csv", "transactions.csv", "products.csv")) {
            workspace.registerDataset(name, samples.resolve(name), "csv");
        }
        session = new WorkspaceSession();
        model = fx(() -> {
            session.setWorkspace(workspace);
            RecommendationsViewModel vm = new RecommendationsViewModel(session, TaskRunner.sameThread(), dialogs,
                    statuses::add);
            vm.setActive(true);
            return vm;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    @Test
    void defaultsFollowTheSampleDatasetsAndRfmSegments() throws Exception {
        RecommendSource source = model.source();
        assertEquals("transactions.csv", source.transactionsProperty().get());
        assertEquals("products.csv", source.productsProperty().get());
        assertNull(source.segmentsDatasetProperty().get());
        assertEquals(SegmentSource.RFM, source.segmentSourceProperty().get(), "no segment dataset: RFM");

        workspace.registerDataset("customer_segments.csv", samples.resolve("customer_segments.csv"), "csv");
        fxRun(model::refreshWorkspace);
        assertEquals("customer_segments.csv", source.segmentsDatasetProperty().get());
        assertEquals(SegmentSource.DATASET, source.segmentSourceProperty().get());
    }

    @Test
    void buildOffersModelsForImplicitDataAndListsCustomersAndRfmSegments() throws Exception {
        assertTrue(model.notBuilt().get());
        fxRun(model::buildInteractions);
        assertEquals(List.of(), dialogs.shown);
        BuiltInteractions built = model.builtProperty().get();
        assertNotNull(built);
        assertFalse(model.notBuilt().get());
        assertEquals(RecommendSamples.CUSTOMERS, built.customers().size());
        assertEquals(built.customers().stream().sorted().toList(), built.customers());
        assertTrue(built.segments().size() >= 2, "RFM segments: " + built.segments());
        List<String> offered = model.settings().models().stream().map(ModelChoice::name).toList();
        assertFalse(offered.contains("mf"), "mf needs explicit ratings");
        assertTrue(offered.containsAll(List.of("popularity", "itemknn", "userknn", "als", "bpr", "content", "markov",
                "hybrid")), offered.toString());
        assertEquals(List.of("popularity", "itemknn"), model.settings().selected());
        assertTrue(model.dataSummaryProperty().get().contains("600 customers"), model.dataSummaryProperty().get());
    }

    @Test
    void summaryShowsSkippedAndNettedTransactionLines() throws Exception {
        fxRun(model::buildInteractions);
        assertTrue(model.dataSummaryProperty().get().contains("Skipped 0 rows without customer id and 0 return lines"),
                model.dataSummaryProperty().get());
        Path retail = Files.writeString(dir.resolve("retail.csv"), io.safesegment.core.data.ForeignShapes.RETAIL);
        workspace.registerDataset("retail.csv", retail, "csv");
        fxRun(() -> {
            model.refreshWorkspace();
            model.source().transactionsProperty().set("retail.csv");
            model.source().productsProperty().set(null);
            model.source().weightingProperty().set(Weighting.SPEND);
            model.buildInteractions();
        });
        assertEquals(List.of(), dialogs.shown);
        String summary = model.dataSummaryProperty().get();
        assertTrue(summary.contains("Skipped 2 rows without customer id and 0 return lines · netted 1 return lines "
                + "into spend (1 fully returned customer × product pairs are no interaction)"), summary);
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            fxRun(model::buildInteractions);
            assertTrue(model.dataSummaryProperty().get().contains("跳过 2 行无客户编号"),
                    model.dataSummaryProperty().get());
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void spendWeightingAndDatasetSegmentsAreUsed() throws Exception {
        workspace.registerDataset("customer_segments.csv", samples.resolve("customer_segments.csv"), "csv");
        fxRun(() -> {
            model.refreshWorkspace();
            model.source().weightingProperty().set(Weighting.SPEND);
            model.source().segmentColumnProperty().set("planted_segment");
            model.buildInteractions();
        });
        BuiltInteractions built = model.builtProperty().get();
        assertEquals(List.of("FREQUENT_LOW_SPEND", "LAPSED", "LOYAL_MID_SPEND", "NEW", "RARE_HIGH_SPEND"),
                built.segments());
        assertTrue(built.choice().description().contains("Spend"), built.choice().description());
        var matrix = built.loaded().matrix();
        float max = 0;
        for (int e = 0; e < matrix.nnz(); e++) {
            max = Math.max(max, matrix.value(e));
        }
        assertTrue(max > 5, "spend values, not counts: max " + max);
    }

    @Test
    void trainThenPreviewACustomerAndASegmentWithTwoModels() throws Exception {
        fxRun(model::buildInteractions);
        fxRun(() -> {
            model.settings().select(List.of("popularity", "itemknn", "markov"));
            model.train();
        });
        assertEquals(List.of("popularity", "itemknn", "markov"), model.trained().stream().map(TrainedModel::name)
                .toList());
        PreviewState preview = model.preview();
        assertEquals("popularity", preview.modelAProperty().get());
        assertEquals("itemknn", preview.modelBProperty().get());

        fxRun(() -> {
            preview.queryProperty().set("0000012");
            preview.customerProperty().set(preview.matches().getFirst());
            preview.nProperty().set(5);
            preview.modelAProperty().set("markov");
            model.runPreview();
        });
        assertEquals(List.of("C0000012"), preview.matches());
        assertRows(preview.itemsA(), 5);
        assertRows(preview.itemsB(), 5);
        assertTrue(preview.summaryAProperty().get().startsWith("markov for C0000012"), preview.summaryAProperty().get());
        assertTrue(preview.summaryBProperty().get().startsWith("itemknn for C0000012"));

        fxRun(() -> {
            preview.targetProperty().set(PreviewState.Target.SEGMENT);
            preview.segmentProperty().set(preview.segments().getFirst());
            model.runPreview();
        });
        assertRows(preview.itemsA(), 5);
        assertRows(preview.itemsB(), 5);
        assertTrue(preview.summaryAProperty().get().contains("for segment " + preview.segments().getFirst()));
        assertEquals(List.of(), dialogs.shown);
    }

    private static void assertRows(List<RecommendedItem> items, int n) {
        assertEquals(n, items.size());
        for (int r = 0; r < n; r++) {
            assertEquals(r + 1, items.get(r).rank());
            assertFalse(items.get(r).explanation().isBlank());
        }
    }

    @Test
    void evaluationShowsModelAndSegmentRowsSavesTheRunAndReopensIt() throws Exception {
        fxRun(model::buildInteractions);
        EvaluationResults evaluation = model.evaluation();
        fxRun(() -> {
            evaluation.foldsProperty().set(2);
            evaluation.kProperty().set(5);
            evaluation.seedProperty().set(9);
            model.evaluate();
        });
        assertEquals(List.of(), dialogs.shown);
        assertEquals(List.of("popularity", "itemknn"), evaluation.overall().stream().map(MetricRow::model).toList());
        MetricRow pop = evaluation.overall().get(0);
        MetricRow knn = evaluation.overall().get(1);
        assertTrue(knn.metrics().hitRate() > pop.metrics().hitRate(),
                "planted bundles: itemknn " + knn.metrics().hitRate() + " vs popularity " + pop.metrics().hitRate());
        for (MetricRow row : evaluation.overall()) {
            assertTrue(row.metrics().coverage() > 0 && row.metrics().coverage() <= 1);
            assertTrue(row.fairnessMin() <= row.fairnessMax());
        }
        int segments = model.builtProperty().get().segments().size();
        assertTrue(evaluation.bySegment().size() >= 2 && evaluation.bySegment().size() <= 2 * segments);
        long popUsers = evaluation.bySegment().stream().filter(r -> r.model().equals("popularity"))
                .mapToLong(r -> r.metrics().users()).sum();
        assertEquals(pop.metrics().users(), popUsers, "every evaluated customer has an RFM segment");
        assertTrue(evaluation.summaryProperty().get().contains("seed 9"), evaluation.summaryProperty().get());

        assertEquals(1, evaluation.savedRuns().size());
        assertEquals(List.of("popularity", "itemknn"), evaluation.savedRuns().getFirst().models());
        List<MetricRow> shown = List.copyOf(evaluation.overall());
        fxRun(() -> {
            evaluation.overall().clear();
            evaluation.bySegment().clear();
            model.evaluationPane().openSavedRun(evaluation.savedRuns().getFirst());
        });
        assertEquals(shown, List.copyOf(evaluation.overall()));
        assertTrue(evaluation.bySegment().size() >= 2);
    }

    @Test
    void userErrorsGoToDialogsAndNothingRuns() throws Exception {
        fxRun(() -> {
            model.source().transactionsProperty().set(null);
            model.buildInteractions();
        });
        assertEquals(List.of("error: Check the settings"), dialogs.shown);
        assertNull(model.builtProperty().get());

        fxRun(() -> {
            model.refreshWorkspace();
            model.buildInteractions();
        });
        fxRun(() -> {
            model.settings().select(List.of());
            model.evaluate();
            model.runPreview();
        });
        assertEquals(List.of("error: Check the settings", "info: Evaluate", "info: Preview"), dialogs.shown);
        assertTrue(model.evaluation().overall().isEmpty());
    }

    @Test
    void ratingsOfferMatrixFactorisationAndReportRatingErrors() throws Exception {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < 80; u++) {
            for (int i = 0; i < 40; i++) {
                if (random.nextDouble() < 0.3) {
                    double taste = (u % 2 == i % 2 ? 4.2 : 1.8) + random.nextGaussian() * 0.3;
                    csv.append("u").append(u).append(",i").append(i).append(',')
                            .append(Math.max(1, Math.min(5, Math.round(taste)))).append('\n');
                }
            }
        }
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, csv);
        workspace.registerDataset("ratings.csv", ratings, "csv");
        fxRun(() -> {
            model.refreshWorkspace();
            model.source().kindProperty().set(InputKind.RATINGS);
            model.buildInteractions();
        });
        assertEquals(List.of(), dialogs.shown);
        BuiltInteractions built = model.builtProperty().get();
        assertTrue(built.explicit());
        assertEquals(SegmentSource.NONE, built.choice().segmentSource(), "RFM needs purchases, not ratings");
        assertTrue(model.settings().models().stream().anyMatch(m -> m.name().equals("mf")));
        fxRun(() -> {
            model.settings().select(List.of("popularity", "mf"));
            model.evaluation().foldsProperty().set(2);
            model.evaluate();
        });
        assertEquals(List.of("popularity", "mf"), model.evaluation().overall().stream().map(MetricRow::model)
                .toList());
        Double mfError = model.evaluation().overall().get(1).metrics().rmse();
        assertNotNull(mfError, "rating models report RMSE on ratings");
        assertTrue(mfError < 1.2, "MF learns the two taste groups: RMSE " + mfError);
        assertTrue(model.evaluation().bySegment().isEmpty());
    }

    @Test
    void cancelledEvaluationShowsNothingSavesNothingAndFreesTheSection() throws Exception {
        try (TaskRunner background = TaskRunner.background()) {
            RecommendationsViewModel vm = fx(() -> {
                RecommendationsViewModel created = new RecommendationsViewModel(session, background, dialogs,
                        statuses::add);
                created.setActive(true);
                created.buildInteractions();
                return created;
            });
            background.awaitIdle(Duration.ofSeconds(60));
            WaitForAsyncUtils.waitForFxEvents();
            assertNotNull(vm.builtProperty().get());
            fxRun(() -> {
                vm.settings().select(List.of("als", "bpr", "userknn"));
                vm.evaluate();
                assertTrue(vm.busyProperty().get());
                vm.cancel();
            });
            background.awaitIdle(Duration.ofSeconds(60));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(vm.busyProperty().get());
            assertTrue(vm.evaluation().overall().isEmpty());
            assertTrue(vm.evaluation().savedRuns().isEmpty());
            assertEquals(List.of(), dialogs.shown, "a cancelled task is not an error");
            assertTrue(statuses.contains("Recommendation task cancelled"), statuses.toString());
        }
    }

    @Test
    void explanationsAreRenderedInTheCurrentLanguageWithProductNames() {
        ProductCatalog catalogue = new ProductCatalog(Map.of(
                "P1", new ProductCatalog.Product("P1", "Green Tea", "Groceries", ""),
                "P2", new ProductCatalog.Product("P2", "Honey", "Groceries", ""),
                "P3", new ProductCatalog.Product("P3", "Teapot", "Home", "")));
        RecommendedItem coPurchase = new RecommendedItem(1, "P9", "Mug", "Home", 0.5, "CO_PURCHASE",
                "core text", List.of("P1", "P2", "P3"));
        RecommendedItem segment = new RecommendedItem(2, "P9", "Mug", "Home", 0.4, "POPULAR_IN_SEGMENT",
                "core text", List.of());
        RecommendedItem unknown = new RecommendedItem(3, "P9", "Mug", "Home", 0.3, "SOMETHING_NEW",
                "core text", List.of());
        assertEquals("bought Green Tea, Honey and Teapot; customers who bought those also bought this",
                Explanations.render(coPurchase, catalogue, null));
        assertEquals("popular in the customer's segment (champions)",
                Explanations.render(segment, catalogue, "champions"));
        assertEquals("core text", Explanations.render(unknown, catalogue, null));
        I18n.setLocale(I18n.CHINESE);
        try {
            assertEquals("购买过 Green Tea、Honey 和 Teapot；购买过这些产品的客户也购买了它",
                    Explanations.render(coPurchase, catalogue, null));
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void hyperParametersAndSeedReachTheModels() {
        ModelSettings settings = model.settings();
        settings.neighboursProperty().set(7);
        settings.similarityProperty().set(Similarity.PEARSON);
        settings.factorsProperty().set(12);
        settings.epochsProperty().set(3);
        ModelParameters p = settings.parameters(77);
        assertEquals(7, p.itemKnn().neighbours());
        assertEquals(Similarity.PEARSON, p.userKnn().similarity());
        assertEquals(12, p.als().factors());
        assertEquals(3, p.bpr().epochs());
        assertEquals(77, p.als().seed());
        assertEquals(77, p.bpr().seed());
        assertEquals(77, p.mf().seed());
    }
}
