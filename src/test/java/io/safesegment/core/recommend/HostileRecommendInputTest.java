package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.RecommendDataException;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ratings and transactions that would turn into garbage metrics (RMSE 0.0, "0 users") are refused instead. */
class HostileRecommendInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String ratingsRefusal(String text) throws IOException {
        Path f = write("ratings.csv", text);
        return assertThrows(RecommendDataException.class, () -> RatingsLoader.load(f, Progress.NONE)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e39"})
    void nonFiniteRatingsAreRefusedNamingFileLineAndColumn(String rating) throws IOException {
        String m = ratingsRefusal("user,item,rating\nu1,i1,4\nu1,i2," + rating + "\nu2,i1,3\n");
        assertTrue(m.contains("ratings.csv line 3 column 3") && m.contains("not a finite number"), m);
    }

    @Test
    void nanRatingOnTheFirstLineWithoutHeaderIsRefusedToo() throws IOException {
        String m = ratingsRefusal("u1::i1::NaN\nu1::i2::4\n");
        assertTrue(m.contains("line 1 column 3"), m);
    }

    @Test
    void emptyOrHeaderOnlyRatingsAreRefused() throws IOException {
        for (String text : new String[] {"", "user,item,rating\n", "\n\n  \n", "\uFEFFuser,item,rating\r\n"}) {
            String m = ratingsRefusal(text);
            assertTrue(m.contains("has no ratings"), m);
        }
    }

    @Test
    void emptyUserIsSkippedButEmptyItemIdIsRefused() throws IOException {
        // A rating without a user is nobody's (excluded, issue #12); with only such rows nothing is left to learn.
        assertTrue(ratingsRefusal("user,item,rating\n,i1,4\n").contains("has no ratings"));
        assertEquals(1, RatingsLoader.load(write("one.csv", "user,item,rating\n,i1,4\nu2,i2,5\n"), Progress.NONE).nnz());
        assertTrue(ratingsRefusal("user,item,rating\nu1, ,4\n").contains("line 2 column 2: the item id is empty"));
    }

    @Test
    void chineseIdsAndCrlfLinesStillLoad() throws IOException {
        Path f = write("评分.csv", "\uFEFFuser,item,rating\r\n张伟,茶,4\r\n李娜,茶,5\r\n");
        InteractionMatrix m = RatingsLoader.load(f, Progress.NONE);
        assertEquals(2, m.nnz());
        assertTrue(m.items().indexOf("茶") >= 0);
    }

    @Test
    void headerOnlyTransactionsAreRefused() throws IOException {
        Path f = write("tx.csv", "customer_id,product_id,timestamp,amount\n");
        String m = assertThrows(RecommendDataException.class,
                () -> TransactionLoader.load(f, TransactionOptions.defaults(), Progress.NONE)).getMessage();
        assertTrue(m.contains("tx.csv has a header but no transactions"), m);
    }

    @Test
    void nonFiniteSpendAndEmptyIdsInTransactionsAreRefused() throws IOException {
        Path nan = write("tx.csv", "customer_id,product_id,timestamp,amount\nC1,P1,2025-01-01T10:00:00,NaN\n");
        String m = assertThrows(RecommendDataException.class, () -> TransactionLoader.load(nan,
                TransactionOptions.defaults().withWeighting(Weighting.SPEND), Progress.NONE)).getMessage();
        assertTrue(m.contains("line 2 column 4") && m.contains("not a finite number"), m);

        // A row without a customer id is excluded and counted (issue #12); one without a product is refused.
        Path blank = write("tx2.csv", "customer_id,product_id,timestamp,amount\nC1,,2025-01-01T10:00:00,3\n");
        String b = assertThrows(RecommendDataException.class,
                () -> TransactionLoader.load(blank, TransactionOptions.defaults(), Progress.NONE)).getMessage();
        assertTrue(b.contains("line 2 column 2: the product_id is empty"), b);
    }

    private String evaluationRefusal(String ratings, io.safesegment.core.recommend.eval.SplitKind split, int folds)
            throws IOException {
        InteractionMatrix data = RatingsLoader.load(write("few.csv", ratings), Progress.NONE);
        var options = new io.safesegment.core.recommend.eval.EvaluationOptions(split, folds, 10, 0.2, 0, null, 7);
        var ctx = ModelContext.of(
                io.safesegment.core.recommend.data.ProductCatalog.empty(), 7);
        var candidates = java.util.List.of(new io.safesegment.core.recommend.eval.Evaluator.Candidate("mf",
                () -> Recommenders.create("mf", ctx)));
        var evaluator = new io.safesegment.core.recommend.eval.Evaluator(data,
                io.safesegment.core.recommend.data.ProductCatalog.empty(), java.util.Map.of(), options);
        return assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(candidates, Progress.NONE))
                .getMessage();
    }

    @Test
    void evaluationWithAnEmptyTrainingOrTestSetIsRefused() throws IOException {
        String one = evaluationRefusal("u1,i1,4\n", io.safesegment.core.recommend.eval.SplitKind.RANDOM, 5);
        assertTrue(one.contains("of 5 has 0 training and 1 test interactions out of 1"), one);
        String temporal = evaluationRefusal("u1,i1,4,1000\nu2,i1,5,1001\n",
                io.safesegment.core.recommend.eval.SplitKind.TEMPORAL, 1);
        assertTrue(temporal.contains("The temporal split has 2 training and 0 test interactions"), temporal);
    }
}
