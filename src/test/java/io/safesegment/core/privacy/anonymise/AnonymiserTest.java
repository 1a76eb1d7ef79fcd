package io.safesegment.core.privacy.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.anonymise.PrivacyModel.KAnonymity;
import io.safesegment.core.privacy.anonymise.PrivacyModel.LDiversity;
import io.safesegment.core.privacy.anonymise.PrivacyModel.LVariant;
import io.safesegment.core.privacy.anonymise.PrivacyModel.TCloseness;
import io.safesegment.core.privacy.anonymise.PrivacyModel.TDistance;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Hand-computed optima on an eight-row table (ages 21–24 and 31–34, sex, a diagnosis). Lattice: 年龄 0..2
 * (value, decade, *), 性别 0..1. Loss per QI = (Σ share − n/|D|) / (n − n/|D|), mean over the two QIs:
 * (2,0) = (1 + 0)/2 = 0.5; (1,1) = (3/7 + 1)/2 = 5/7; with one row suppressed (1,0) = (0.5 + 0.125)/2 = 0.3125.
 */
class AnonymiserTest {
    static final Hierarchy AGE = Hierarchy.of(List.of(
            List.of("21", "20-29", "*"), List.of("22", "20-29", "*"), List.of("23", "20-29", "*"), List.of("24", "20-29", "*"),
            List.of("31", "30-39", "*"), List.of("32", "30-39", "*"), List.of("33", "30-39", "*"), List.of("34", "30-39", "*")), "age");
    static final Hierarchy SEX = Hierarchy.of(List.of(List.of("男", "*"), List.of("女", "*")), "sex");
    static final Hierarchy DIAGNOSIS = Hierarchy.of(List.of(List.of("flu", "respiratory", "*"),
            List.of("cold", "respiratory", "*"), List.of("hiv", "other", "*")), "diagnosis");

    static Table table() {
        return Table.create("病人",
                IntColumn.create("年龄", 21, 22, 23, 24, 31, 32, 33, 34),
                StringColumn.create("性别", "男", "男", "女", "女", "男", "男", "男", "女"),
                StringColumn.create("诊断", "flu", "flu", "cold", "flu", "hiv", "flu", "cold", "cold"));
    }

    static AnonymisationResult run(double suppression, UtilityMetric metric, PrivacyModel... models) {
        AnonymiseOptions o = new AnonymiseOptions(List.of("年龄", "性别"),
                Map.of("年龄", AGE, "性别", SEX, "诊断", DIAGNOSIS), "诊断", List.of(models), suppression, metric, 1);
        AnonymisationResult search = Anonymiser.search(table(), o, Progress.NONE);
        AnonymisationResult brute = Anonymiser.bruteForce(table(), o, Progress.NONE);
        assertEquals(brute.levels(), search.levels(), "search and brute force agree");
        return search;
    }

    static List<Integer> levels(AnonymisationResult r) {
        return r.optimum().levels();
    }

    @Test
    void kAnonymityWithoutSuppressionGeneralisesAgeFully() {
        AnonymisationResult r = run(0, UtilityMetric.LOSS, new KAnonymity(2));
        assertEquals(List.of(2, 0), levels(r));
        assertEquals(0.5, r.optimum().loss(), 1e-12);
        assertEquals(3, r.optimum().smallestClass());
        assertEquals(0, r.optimum().suppressedRows());
        assertEquals(Map.of("年龄", 2, "性别", 0), r.levels());
        assertEquals(6, r.latticeSize());
    }

    @Test
    void oneSuppressedRowCountsAsFullyLost() {
        AnonymisationResult r = run(0.125, UtilityMetric.LOSS, new KAnonymity(2));
        assertEquals(List.of(1, 0), levels(r));
        assertEquals(0.3125, r.optimum().loss(), 1e-12);
        assertEquals(List.of(0.5, 0.125), r.optimum().lossPerQi());
        assertEquals(1, r.optimum().suppressedRows());
        assertEquals(2, r.optimum().smallestClass());
    }

    @Test
    void distinctLDiversity() {
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new LDiversity(2, LVariant.DISTINCT, 0))));
        assertEquals(List.of(2, 1), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new LDiversity(3, LVariant.DISTINCT, 0))));
    }

    @Test
    void entropyLDiversity() {
        // 女 at (2,0) holds cold, cold, flu: entropy 0.637 < ln 2; 20–29 at (1,1) holds flu ×3, cold: 0.562 < ln 2.
        assertEquals(List.of(2, 1), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new LDiversity(2, LVariant.ENTROPY, 0))));
    }

    @Test
    void recursiveCLDiversity() {
        // 女 at (2,0): r1 = 2, r2 = 1: 2 < c·1 holds for c = 3, not for c = 2.
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new LDiversity(2, LVariant.RECURSIVE, 3))));
        assertEquals(List.of(2, 1), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new LDiversity(2, LVariant.RECURSIVE, 2))));
    }

    @Test
    void tClosenessEqualAndHierarchicalDistance() {
        // Equal distance: 女 at (2,0) is 0.2917 from the table, 20–29 at (1,1) 0.25: t = 0.3 allows (2,0), 0.2 neither.
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new TCloseness(0.3, TDistance.EQUAL))));
        assertEquals(List.of(2, 1), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new TCloseness(0.2, TDistance.EQUAL))));
        // Hierarchical (flu, cold under respiratory): 女 at (2,0) 0.2083, both decades at (1,1) 0.1875.
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new TCloseness(0.21, TDistance.HIERARCHICAL))));
        assertEquals(List.of(1, 1), levels(run(0, UtilityMetric.LOSS, new KAnonymity(2), new TCloseness(0.2, TDistance.HIERARCHICAL))));
    }

    @Test
    void hierarchicalEmdMatchesHandComputation() {
        AnonymiseOptions o = new AnonymiseOptions(List.of("年龄", "性别"), Map.of("年龄", AGE, "性别", SEX, "诊断", DIAGNOSIS),
                "诊断", List.of(new TCloseness(0.5, TDistance.HIERARCHICAL)), 0, UtilityMetric.LOSS, 1);
        TransformationChecker checker = new TransformationChecker(table(), o);
        // codes sorted: cold 0, flu 1, hiv 2; class 女 = cold ×2, flu ×1
        int[] counts = {2, 1, 0};
        assertEquals(0.208333, checker.sensitiveChecks().emd(TDistance.HIERARCHICAL, counts, new int[] {0, 1}, 2, 3), 1e-6);
        assertEquals(0.291667, checker.sensitiveChecks().emd(TDistance.EQUAL, counts, new int[] {0, 1}, 2, 3), 1e-6);
    }

    @Test
    void riskTargets() {
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(1), new PrivacyModel.HighestRisk(0.5))));
        assertEquals(List.of(2, 0), levels(run(0, UtilityMetric.LOSS, new KAnonymity(1), new PrivacyModel.AverageRisk(0.25))));
    }

    @Test
    void otherMetrics() {
        // Discernibility: (1,1) = 16 + 16 = 32 beats (2,0) = 25 + 9 = 34.
        AnonymisationResult dm = run(0, UtilityMetric.DISCERNIBILITY, new KAnonymity(2));
        assertEquals(List.of(1, 1), levels(dm));
        assertEquals(32, dm.optimum().value(), 1e-12);
        // Non-uniform entropy: (2,0) = 8 × log2 8 = 24; (1,1) = 8 × 2 + 5 log2(8/5) + 3 log2(8/3) = 23.635.
        AnonymisationResult ent = run(0, UtilityMetric.ENTROPY, new KAnonymity(2));
        assertEquals(List.of(1, 1), levels(ent));
        assertEquals(16 + 5 * Math.log(8 / 5.0) / Math.log(2) + 3 * Math.log(8 / 3.0) / Math.log(2), ent.optimum().value(), 1e-9);
        // AECS: both (1,1) and (2,0) have 2 classes of 8 rows; the tie goes to the lexicographically smaller vector.
        assertEquals(List.of(1, 1), levels(run(0, UtilityMetric.AECS, new KAnonymity(2))));
    }

    @Test
    void noSolutionWhenTheModelCannotHold() {
        AnonymisationResult r = run(0, UtilityMetric.LOSS, new KAnonymity(9));
        assertFalse(r.found());
        assertTrue(r.levels().isEmpty());
    }

    @Test
    void applyGeneralisesAndSuppresses() {
        AnonymiseOptions o = new AnonymiseOptions(List.of("年龄", "性别"), Map.of("年龄", AGE, "性别", SEX), null,
                List.of(new KAnonymity(2)), 0.125, UtilityMetric.LOSS, 1);
        Table out = Anonymiser.apply(table(), o, new int[] {1, 0});
        assertEquals(List.of("20-29", "20-29", "20-29", "20-29", "30-39", "30-39", "30-39", "*"),
                out.stringColumn("年龄").asList());
        assertEquals(List.of("男", "男", "女", "女", "男", "男", "男", "*"), out.stringColumn("性别").asList());
        assertEquals(table().stringColumn("诊断").asList(), out.stringColumn("诊断").asList());
    }

    @Test
    void uncoveredValuesAreListed() {
        Table t = table();
        t.intColumn("年龄").set(0, 99);
        AnonymiseOptions o = new AnonymiseOptions(List.of("年龄"), Map.of("年龄", AGE), null, List.of(new KAnonymity(2)), 0,
                UtilityMetric.LOSS, 1);
        HierarchyException e = assertThrows(HierarchyException.class, () -> Anonymiser.search(t, o, Progress.NONE));
        assertTrue(e.getMessage().contains("'年龄'") && e.getMessage().contains("'99'"), e.getMessage());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new AnonymiseOptions(List.of("年龄"), Map.of(), null,
                List.of(new KAnonymity(2)), 0, UtilityMetric.LOSS, 1));
        assertThrows(IllegalArgumentException.class, () -> new AnonymiseOptions(List.of("年龄"), Map.of("年龄", AGE), null,
                List.of(new LDiversity(2, LVariant.DISTINCT, 0)), 0, UtilityMetric.LOSS, 1));
        assertThrows(IllegalArgumentException.class, () -> new AnonymiseOptions(List.of("年龄"), Map.of("年龄", AGE), null,
                List.of(new KAnonymity(2)), 1.5, UtilityMetric.LOSS, 1));
        assertThrows(IllegalArgumentException.class, () -> new KAnonymity(0));
    }

    @Test
    void progressIsReportedAndCancellationStopsTheSearch() {
        AnonymiseOptions o = new AnonymiseOptions(List.of("年龄", "性别"), Map.of("年龄", AGE, "性别", SEX), null,
                List.of(new KAnonymity(2)), 0, UtilityMetric.LOSS, 1);
        List<Double> fractions = new ArrayList<>();
        Anonymiser.search(table(), o, new CancellationToken((f, m) -> fractions.add(f)));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
        CancellationToken token = new CancellationToken((f, m) -> { });
        token.cancel();
        assertThrows(TaskCancelledException.class, () -> Anonymiser.search(table(), o, token));
        assertThrows(TaskCancelledException.class, () -> Anonymiser.bruteForce(table(), o, token));
    }

    @Test
    void aLatticeTooLargeToEnumerateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lattice(new int[] {10, 10, 10, 10, 10, 10, 2}));
        assertTrue(e.getMessage().contains("more than 1000000 transformations"), e.getMessage());
        assertEquals(1_000_000, new Lattice(new int[] {10, 10, 10, 10, 10, 10}).size());
    }
}
