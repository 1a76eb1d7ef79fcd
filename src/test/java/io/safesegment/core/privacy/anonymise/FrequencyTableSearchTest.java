package io.safesegment.core.privacy.anonymise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The weighted entry point (record 0037, the Spark engine's search): searching the rows' distinct combinations
 * with their counts finds exactly what searching the rows finds — the same optimum with bit-identical value, loss
 * and per-QI losses, the same number of checked nodes — and every node of the lattice measures and suppresses the
 * same, on seeded random tables for every metric and for k alone, k + l (three variants), k + t (both distances)
 * and the risk models, with and without suppression.
 */
class FrequencyTableSearchTest {
    /** Runs with an optimum and with suppression in it, so the agreement is not vacuous. */
    static final java.util.concurrent.atomic.AtomicInteger FOUND = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger SUPPRESSING = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void mostRunsHadASolutionAndSomeSuppressed() {
        assertTrue(FOUND.get() >= 24, FOUND + " of 48 runs had an optimum");
        assertTrue(SUPPRESSING.get() >= 5, SUPPRESSING + " optima suppressed rows");
    }

    static List<Integer> seeds() {
        List<Integer> s = new ArrayList<>();
        for (int i = 1; i <= 48; i++) {
            s.add(i);
        }
        return s;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void combinationsAndCountsSearchLikeTheRows(int seed) {
        Random rnd = new Random(seed * 7919L);
        int qis = 2 + rnd.nextInt(3);
        int rows = 30 + rnd.nextInt(300);
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Table table = Table.create("random " + seed);
        for (int j = 0; j < qis; j++) {
            String name = "qi" + j;
            int values = 2 + rnd.nextInt(8);
            Hierarchy h = SearchAgreesWithBruteForceTest.randomHierarchy(rnd, name, values, 2 + rnd.nextInt(3));
            String[] col = new String[rows];
            for (int r = 0; r < rows; r++) {
                col[r] = h.rows().get(rnd.nextInt(Math.min(values, 1 + rnd.nextInt(values)))).get(0);
            }
            table.addColumns(StringColumn.create(name, col));
            hierarchies.put(name, h);
            names.add(name);
        }
        String[] sens = new String[rows];
        int sensValues = 2 + rnd.nextInt(5);
        for (int r = 0; r < rows; r++) {
            sens[r] = "s" + rnd.nextInt(sensValues);
        }
        table.addColumns(StringColumn.create("diagnosis", sens));
        List<List<String>> sensRows = new ArrayList<>();
        for (String s : table.stringColumn("diagnosis").unique().asList()) {
            sensRows.add(List.of(s, Integer.parseInt(s.substring(1)) % 2 == 0 ? "even" : "odd", "*"));
        }
        hierarchies.put("diagnosis", Hierarchy.of(sensRows, "diagnosis"));
        List<PrivacyModel> models = new ArrayList<>();
        models.add(new PrivacyModel.KAnonymity(1 + rnd.nextInt(6)));
        switch (seed % 8) {
            case 1 -> models.add(new PrivacyModel.LDiversity(2, PrivacyModel.LVariant.DISTINCT, 0));
            case 2 -> models.add(new PrivacyModel.LDiversity(1.5, PrivacyModel.LVariant.ENTROPY, 0));
            case 3 -> models.add(new PrivacyModel.LDiversity(2, PrivacyModel.LVariant.RECURSIVE, 3));
            case 4 -> models.add(new PrivacyModel.TCloseness(0.25, PrivacyModel.TDistance.EQUAL));
            case 5 -> models.add(new PrivacyModel.TCloseness(0.25, PrivacyModel.TDistance.HIERARCHICAL));
            case 6 -> models.add(new PrivacyModel.AverageRisk(0.3));
            case 7 -> models.add(new PrivacyModel.HighestRisk(0.5));
            default -> { } // k alone
        }
        double suppression = List.of(0.0, 0.05, 0.1, 0.3).get(rnd.nextInt(4));
        UtilityMetric metric = UtilityMetric.values()[seed % UtilityMetric.values().length];
        // k alone searches without the sensitive column, but the table may still carry it (Spark's grouping does)
        String sensitive = seed % 8 == 0 && seed % 16 == 0 ? null : "diagnosis";
        AnonymiseOptions options = new AnonymiseOptions(names, hierarchies, sensitive, models, suppression, metric, 1);
        List<String> columns = new ArrayList<>(names);
        columns.add("diagnosis");
        FrequencyTable frequencies = FrequencyTable.of(table, columns);
        assertEquals(rows, frequencies.rows());
        assertTrue(frequencies.size() < rows, "rows repeat, so the table is smaller");
        String what = "seed " + seed + " " + models + " suppression " + suppression + " " + metric;

        AnonymisationResult byRows = Anonymiser.search(table, options, Progress.NONE);
        AnonymisationResult byCounts = Anonymiser.search(frequencies, options, Progress.NONE);
        assertEquals(byRows.optimum(), byCounts.optimum(), what); // records: doubles compared bit for bit
        assertEquals(byRows.rows(), byCounts.rows(), what);
        assertEquals(byRows.latticeSize(), byCounts.latticeSize(), what);
        assertEquals(byRows.transformationsChecked(), byCounts.transformationsChecked(), what);
        if (byRows.found()) {
            FOUND.incrementAndGet();
            if (byRows.optimum().suppressedRows() > 0) {
                SUPPRESSING.incrementAndGet();
            }
        }

        TransformationChecker rowChecker = new TransformationChecker(table, options);
        Lattice lattice = new Lattice(rowChecker.heights());
        int[] comboOfRow = comboOfRow(table, columns, frequencies);
        for (int i = 0; i < lattice.size(); i++) {
            int[] levels = lattice.levels(i);
            assertEquals(rowChecker.check(levels), Anonymiser.check(frequencies, options, levels), what);
            boolean[] rowsOut = rowChecker.suppressedRows(levels);
            boolean[] combosOut = Anonymiser.suppressedCombinations(frequencies, options, levels);
            boolean[] expanded = new boolean[rows];
            for (int r = 0; r < rows; r++) {
                expanded[r] = combosOut[comboOfRow[r]];
            }
            assertArrayEquals(rowsOut, expanded, what + " levels " + java.util.Arrays.toString(levels));
        }
    }

    @Test
    void combinationsAreInFirstRowOrderWithTheirCounts() {
        Table t = Table.create("t", StringColumn.create("a", "x", "y", "x", "", "y", "x"),
                StringColumn.create("b", "1", "2", "1", "1", "3", "1"));
        FrequencyTable f = FrequencyTable.of(t, List.of("a", "b"));
        assertArrayEquals(new String[] {"x", "y", "", "y"}, f.column("a"));
        assertArrayEquals(new String[] {"1", "2", "1", "3"}, f.column("b"));
        assertArrayEquals(new int[] {3, 1, 1, 1}, f.counts());
        assertEquals(6, f.rows());
        assertThrows(LocalizedArgumentException.class, () -> new FrequencyTable(List.of("a"),
                new String[][] {{"x"}}, new int[] {0}));
        assertThrows(LocalizedArgumentException.class, () -> new FrequencyTable(List.of("a"),
                new String[][] {{"x", "y"}}, new int[] {Integer.MAX_VALUE, 1}));
        assertThrows(LocalizedArgumentException.class, () -> f.column("c"));
    }

    private static int[] comboOfRow(Table table, List<String> columns, FrequencyTable f) {
        Map<List<String>, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            List<String> key = new ArrayList<>();
            for (String c : columns) {
                key.add(f.column(c)[i]);
            }
            index.put(key, i);
        }
        List<String[]> cells = columns.stream().map(c -> TransformationChecker.columnValues(table, c)).toList();
        int[] out = new int[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            List<String> key = new ArrayList<>();
            for (String[] c : cells) {
                key.add(c[r]);
            }
            out[r] = index.get(key);
        }
        return out;
    }
}
