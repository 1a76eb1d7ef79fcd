package io.safesegment.core.privacy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Risk figures checked against numbers worked out by hand (the working is in the comments).
 *
 * <pre>
 * row  age  zip  disease  income      classes over (age, zip):
 *  1   30s  100  Flu        10        A = rows 1-3   (size 3)
 *  2   30s  100  Flu        20        B = rows 4-7   (size 4)
 *  3   30s  100  Cold       30        C = rows 8-9   (size 2)
 *  4   40s  200  Flu        40        D = row 10     (size 1)
 *  5   40s  200  Cancer     50
 *  6   40s  200  Cold       60
 *  7   40s  200  Flu        70
 *  8   50s  300  Cancer     80
 *  9   50s  300  Cancer     90
 * 10   60s  400  Flu       100
 * </pre>
 */
class RiskAnalyzerTest {
    private static final double EPS = 1e-9;

    static Table tenRows() {
        return Table.create("patients",
                StringColumn.create("age", "30s", "30s", "30s", "40s", "40s", "40s", "40s", "50s", "50s", "60s"),
                StringColumn.create("zip", "100", "100", "100", "200", "200", "200", "200", "300", "300", "400"),
                StringColumn.create("disease", "Flu", "Flu", "Cold", "Flu", "Cancer", "Cold", "Flu", "Cancer", "Cancer", "Flu"),
                IntColumn.create("income", new int[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100}));
    }

    @Test
    void kAnonymityAndProsecutorRisk() {
        RiskReport r = RiskAnalyzer.analyze(tenRows(), new RiskOptions(List.of("age", "zip"), null, 3, 0.3, 0), Progress.NONE);
        assertEquals(10, r.rows());
        assertEquals(4, r.equivalenceClasses());
        assertEquals(1, r.k());                                   // class D
        assertEquals(Map.of(1, 1, 2, 1, 3, 1, 4, 1), r.classSizeHistogram());
        assertEquals(3, r.recordsBelowK());                       // C (2) + D (1) are smaller than 3
        assertEquals(0.1, r.sampleUniquesShare(), EPS);           // 1 unique of 10
        assertEquals(1.0, r.prosecutor().highest(), EPS);         // 1 / 1
        assertEquals(0.4, r.prosecutor().average(), EPS);         // classes / rows = 4 / 10
        assertEquals(6, r.prosecutor().recordsAtRisk());          // 1/1, 1/2, 1/3 > 0.3: 1 + 2 + 3 records
        assertEquals(0.4, r.marketerRisk(), EPS);                 // 4 / 10
        assertEquals(r.prosecutor(), r.journalist());             // dataset = population
    }

    @Test
    void journalistRiskWithAPopulationTenTimesLarger() {
        RiskReport r = RiskAnalyzer.analyze(tenRows(), new RiskOptions(List.of("age", "zip"), null, 3, 0.3, 100), Progress.NONE);
        // F = f / 0.1: D → 10, C → 20, A → 30, B → 40
        assertEquals(0.1, r.journalist().highest(), EPS);         // 1 / 10
        assertEquals(0.04, r.journalist().average(), EPS);        // (4 classes × 0.1) / 10 rows
        assertEquals(0, r.journalist().recordsAtRisk());
        assertEquals(0.1, r.marketerRisk(), EPS);                 // sampling fraction
    }

    @Test
    void categoricalDiversityAndEqualDistanceTCloseness() {
        RiskReport r = RiskAnalyzer.analyze(tenRows(), RiskOptions.of(List.of("age", "zip"), "disease"), Progress.NONE);
        RiskReport.Diversity d = r.diversity();
        assertFalse(d.ordered());
        assertEquals(1, d.distinctL());                           // C = {Cancer}, D = {Flu}
        assertEquals(1.0, d.entropyL(), EPS);                     // exp(0)
        // overall Flu .5 Cold .2 Cancer .3; C = Cancer 1.0 → (|0-.5| + |0-.2| + |1-.3|) / 2 = 0.7
        assertEquals(0.7, d.tCloseness(), EPS);
    }

    @Test
    void numericSensitiveUsesOrderedDistance() {
        RiskReport r = RiskAnalyzer.analyze(tenRows(), RiskOptions.of(List.of("age", "zip"), "income"), Progress.NONE);
        RiskReport.Diversity d = r.diversity();
        assertTrue(d.ordered());
        // 10 distinct incomes, overall 0.1 each. Class D = {100}: cumulative differences -.1 … -.9, 0
        // → (0.1 + … + 0.9) / 9 = 4.5 / 9 = 0.5 (A: 3.5/9, B: 1.5/9, C: 3.2/9 are smaller)
        assertEquals(0.5, d.tCloseness(), EPS);
    }

    @Test
    void entropyLDiversity() {
        Table t = Table.create("t", StringColumn.create("g", "a", "a", "b", "b", "b", "b"),
                StringColumn.create("s", "x", "y", "x", "x", "y", "y"));
        RiskReport.Diversity d = RiskAnalyzer.analyze(t, RiskOptions.of(List.of("g"), "s"), Progress.NONE).diversity();
        assertEquals(2, d.distinctL());
        assertEquals(2.0, d.entropyL(), EPS);                     // both classes 50/50: exp(ln 2)
        assertEquals(0.0, d.tCloseness(), EPS);                   // both classes match the overall 50/50
    }

    @Test
    void equalDistanceHelpersMatchHandWork() {
        double[] overall = {0.5, 0.2, 0.3};
        assertEquals(0.3, RiskAnalyzer.equalEmd(Map.of(0, 2, 1, 1), 3, overall), EPS);   // class A
        assertEquals(0.05, RiskAnalyzer.equalEmd(Map.of(0, 2, 2, 1, 1, 1), 4, overall), EPS); // class B
    }

    @Test
    void missingValuesFormTheirOwnValue() {
        StringColumn zip = StringColumn.create("zip", "1", "1");
        zip.appendMissing();
        zip.appendMissing();
        RiskReport r = RiskAnalyzer.analyze(Table.create("t", zip), RiskOptions.of(List.of("zip"), null), Progress.NONE);
        assertEquals(2, r.equivalenceClasses());
        assertEquals(2, r.k());
    }

    @Test
    void unknownColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiskAnalyzer.analyze(tenRows(), RiskOptions.of(List.of("postcode"), null), Progress.NONE));
        assertTrue(e.getMessage().contains("postcode"));
    }

    /** The sparse O(r log m) EMDs agree with the textbook O(m) formulas on random distributions. */
    @Test
    void fastEmdMatchesBruteForce() {
        java.util.Random rnd = new java.util.Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int m = 1 + rnd.nextInt(30);
            double[] overall = new double[m];
            double total = 0;
            for (int i = 0; i < m; i++) {
                overall[i] = rnd.nextDouble();
                total += overall[i];
            }
            for (int i = 0; i < m; i++) {
                overall[i] /= total;
            }
            Map<Integer, Integer> dist = new java.util.HashMap<>();
            int classSize = 0;
            for (int j = 0, r = 1 + rnd.nextInt(Math.min(m, 5)); j < r; j++) {
                int c = 1 + rnd.nextInt(4);
                dist.merge(rnd.nextInt(m), c, Integer::sum);
                classSize += c;
            }
            double equal = 0;
            double ordered = 0;
            double cumulative = 0;
            for (int v = 0; v < m; v++) {
                double p = dist.getOrDefault(v, 0) / (double) classSize;
                equal += Math.abs(p - overall[v]) / 2;
                cumulative += p - overall[v];
                ordered += Math.abs(cumulative);
            }
            ordered = m < 2 ? 0 : ordered / (m - 1);
            assertEquals(equal, RiskAnalyzer.equalEmd(dist, classSize, overall), 1e-9);
            assertEquals(ordered, RiskAnalyzer.orderedEmd(dist, classSize, overall), 1e-9);
        }
    }
}
