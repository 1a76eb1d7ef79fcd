package io.safesegment.core.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recommend.data.InteractionBuilder;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.recommend.eval.EvaluationOptions;
import io.safesegment.core.recommend.eval.SplitKind;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interaction-matrix queries and saved evaluations the Recommendations section reaches through the service. */
class RecommendationServiceMatrixTest {
    @TempDir
    Path dir;

    /** c and a bought p1; a also p2; b registered without history (e.g. only returns). */
    private static InteractionMatrix matrix() {
        InteractionBuilder b = new InteractionBuilder();
        b.add("c", "p1", 1, 0L);
        b.add("a", "p1", 1, 0L);
        b.add("a", "p2", 2, 0L);
        b.users().add("b");
        return b.build(InteractionBuilder.Merge.SUM, null, false);
    }

    @Test
    void sizeAndCustomersWithHistorySorted() {
        InteractionMatrix m = matrix();
        assertEquals(new RecommendationService.MatrixSize(3, 2, 3), RecommendationService.size(m));
        assertEquals(List.of("a", "c"), RecommendationService.customersWithHistory(m));
        assertFalse(RecommendationService.isExplicit(m));
    }

    @Test
    void ownersCountsMembersWithTheItemAndSkipsUnknownIds() {
        InteractionMatrix m = matrix();
        int[] rows = RecommendationService.customerRows(m, List.of("a", "c", "nobody"));
        assertArrayEquals(new int[] {m.users().indexOf("a"), m.users().indexOf("c")}, rows);
        assertEquals(2, RecommendationService.owners(m, rows, "p1"));
        assertEquals(1, RecommendationService.owners(m, rows, "p2"));
        assertEquals(0, RecommendationService.owners(m, rows, "unknown-item"));
    }

    @Test
    void savedEvaluationsComeBackById() {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        EvaluationReport report = new EvaluationReport(3, 2, 3, false,
                new EvaluationOptions(SplitKind.RANDOM, 2, 3, 0.2, 0, null, 1), List.of());
        var saved = RecommendationService.saveEvaluation(ws, "transactions.csv (COUNT)", report);
        assertEquals(List.of(saved.id()),
                RecommendationService.savedEvaluations(ws).stream().map(s -> s.id()).toList());
        assertEquals("transactions.csv (COUNT)", RecommendationService.savedEvaluation(ws, saved.id()).orElseThrow()
                .source());
        assertTrue(RecommendationService.savedEvaluation(ws, "missing").isEmpty());
    }
}
