package io.safesegment.core.privacy.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The pruned search must find exactly what checking every node of the lattice finds (same levels, same value to
 * 1e-6) on seeded random tables and hierarchies, for every metric and model mix, with and without suppression.
 */
class SearchAgreesWithBruteForceTest {
    /** Runs with an acceptable optimum, so the agreement is not vacuous (most tables must have one). */
    static final java.util.concurrent.atomic.AtomicInteger FOUND = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void mostRunsHadASolution() {
        assertTrue(FOUND.get() * 2 >= RUNS.get(), FOUND + " of " + RUNS + " runs had an acceptable transformation");
    }


    static List<Integer> seeds() {
        List<Integer> s = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            s.add(i);
        }
        return s;
    }

    /** A random tree hierarchy over values v0..v(n-1) of column {@code name} with the given height. */
    static Hierarchy randomHierarchy(Random rnd, String name, int values, int height) {
        List<List<String>> rows = new ArrayList<>();
        int[] parent = new int[values];
        for (int v = 0; v < values; v++) {
            parent[v] = v;
        }
        List<List<String>> levels = new ArrayList<>();
        for (int v = 0; v < values; v++) {
            List<String> row = new ArrayList<>();
            row.add(name + "值" + v);
            levels.add(row);
        }
        int groups = values;
        for (int l = 1; l < height; l++) {
            int nextGroups = l == height - 1 ? 1 : Math.max(1, groups / (2 + rnd.nextInt(2)));
            int[] map = new int[groups];
            for (int g = 0; g < groups; g++) {
                map[g] = g < nextGroups ? g : rnd.nextInt(nextGroups);
            }
            for (int v = 0; v < values; v++) {
                parent[v] = map[parent[v]];
                levels.get(v).add(l == height - 1 ? "*" : name + "L" + l + "-" + parent[v]);
            }
            groups = nextGroups;
        }
        rows.addAll(levels);
        return Hierarchy.of(rows, name);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void searchEqualsBruteForce(int seed) {
        Random rnd = new Random(seed);
        int qis = 2 + rnd.nextInt(3);
        int rows = 20 + rnd.nextInt(80);
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Table table = Table.create("random " + seed);
        for (int j = 0; j < qis; j++) {
            String name = j == 0 ? "年龄" : "qi" + j;
            int values = 2 + rnd.nextInt(8);
            Hierarchy h = randomHierarchy(rnd, name, values, 2 + rnd.nextInt(3));
            String[] col = new String[rows];
            for (int r = 0; r < rows; r++) {
                col[r] = h.rows().get(rnd.nextInt(Math.min(values, 1 + rnd.nextInt(values)))).get(0);
            }
            table.addColumns(StringColumn.create(name, col));
            hierarchies.put(name, h);
            names.add(name);
        }
        String[] sens = new String[rows];
        int sensValues = 2 + rnd.nextInt(4);
        for (int r = 0; r < rows; r++) {
            sens[r] = "s" + rnd.nextInt(sensValues);
        }
        table.addColumns(StringColumn.create("diagnosis", sens));
        List<String> sensDistinct = table.stringColumn("diagnosis").unique().asList();
        List<List<String>> sensRows = new ArrayList<>();
        for (String s : sensDistinct) {
            int i = Integer.parseInt(s.substring(1));
            sensRows.add(List.of(s, i % 2 == 0 ? "even" : "odd", "*"));
        }
        hierarchies.put("diagnosis", Hierarchy.of(sensRows, "diagnosis"));

        List<PrivacyModel> models = new ArrayList<>();
        models.add(new PrivacyModel.KAnonymity(1 + rnd.nextInt(5)));
        switch (seed % 6) {
            case 1 -> models.add(new PrivacyModel.LDiversity(2, PrivacyModel.LVariant.DISTINCT, 0));
            case 2 -> models.add(new PrivacyModel.LDiversity(1.5, PrivacyModel.LVariant.ENTROPY, 0));
            case 3 -> models.add(new PrivacyModel.LDiversity(2, PrivacyModel.LVariant.RECURSIVE, 3));
            case 4 -> models.add(new PrivacyModel.TCloseness(0.3, rnd.nextBoolean() ? PrivacyModel.TDistance.EQUAL
                    : PrivacyModel.TDistance.HIERARCHICAL));
            case 5 -> models.add(new PrivacyModel.AverageRisk(0.3));
            default -> models.add(new PrivacyModel.HighestRisk(0.5));
        }
        double suppression = List.of(0.0, 0.05, 0.1, 0.3).get(rnd.nextInt(4));
        UtilityMetric metric = UtilityMetric.values()[seed % UtilityMetric.values().length];
        for (int threads : new int[] {1, 2}) {
            AnonymiseOptions options = new AnonymiseOptions(names, hierarchies, "diagnosis", models, suppression, metric,
                    threads);
            AnonymisationResult search = Anonymiser.search(table, options, Progress.NONE);
            AnonymisationResult brute = Anonymiser.bruteForce(table, options, Progress.NONE);
            RUNS.incrementAndGet();
            String what = "seed " + seed + " " + models + " suppression " + suppression + " " + metric;
            if (brute.optimum() == null) {
                assertNull(search.optimum(), what);
                continue;
            }
            FOUND.incrementAndGet();
            assertNotNull(search.optimum(), what);
            assertEquals(brute.optimum().levels(), search.optimum().levels(), what);
            assertEquals(brute.optimum().value(), search.optimum().value(), 1e-6, what);
            assertEquals(brute.optimum().loss(), search.optimum().loss(), 1e-6, what);
            assertTrue(search.transformationsChecked() <= brute.transformationsChecked(), what);
        }
    }
}
