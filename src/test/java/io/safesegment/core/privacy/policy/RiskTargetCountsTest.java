package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.data.ColumnRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The counts entry point of {@link RiskTargetMeasure} (what another engine such as Spark gathers with group-bys)
 * gives the same check, bit for bit, as measuring the table, whatever order the counts arrive in.
 */
class RiskTargetCountsTest {
    private static final Map<String, ColumnRole> ROLES = Map.of("age", ColumnRole.QUASI_IDENTIFIER,
            "zip", ColumnRole.QUASI_IDENTIFIER, "diagnosis", ColumnRole.SENSITIVE);

    private static Table table(List<String[]> rows) {
        StringColumn age = StringColumn.create("age");
        StringColumn zip = StringColumn.create("zip");
        StringColumn diagnosis = StringColumn.create("diagnosis");
        for (String[] r : rows) {
            age.append(r[0]);
            zip.append(r[1]);
            diagnosis.append(r[2]);
        }
        return Table.create("t", age, zip, diagnosis);
    }

    @Test
    void handComputedFiguresFromCountsMatchTheTable() {
        List<String[]> rows = List.of(new String[] {"a", "x", "flu"}, new String[] {"a", "x", "cold"},
                new String[] {"a", "x", "flu"}, new String[] {"b", "y", "flu"}, new String[] {"b", "y", "flu"},
                new String[] {"*", "*", "cold"});
        RiskTargets targets = new RiskTargets(3, 2.0, null, null, 0.2, 0.4, 0.1);
        // classes {a,x}: flu 2, cold 1; {b,y}: flu 2; one suppressed row (cold); whole output flu 4, cold 2
        RiskTargetCheck fromCounts = RiskTargetMeasure.check(targets, "diagnosis", 6, 1,
                List.of(Map.of("flu", 2, "cold", 1), Map.of("flu", 2)), Map.of("flu", 4, "cold", 2));
        assertEquals(2, fromCounts.smallestClass());
        assertEquals(1, fromCounts.suppressedRows());
        assertEquals(0.5, fromCounts.highestRisk());
        assertEquals(1.0, fromCounts.measuredL());
        // class {b,y}: (|1 − 4/6| + |0 − 2/6|) / 2 = 1/3; class {a,x} matches the whole output (0)
        assertEquals(1.0 / 3, fromCounts.measuredT(), 1e-15);
        assertEquals(List.of("k", "l", "t", "maxRisk", "maxSuppression"),
                fromCounts.misses().stream().map(RiskTargetMiss::target).toList());
        assertEquals(RiskTargetMeasure.check(table(rows), ROLES, targets), fromCounts);
    }

    @Test
    void countsGatheredInAnyOrderGiveTheTablesCheckBitForBit() {
        Random rnd = new Random(22);
        String[] values = {"flu", "cold", "asthma", "diabetes", "", "gout", "migraine"};
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            boolean suppressed = rnd.nextInt(25) == 0;
            rows.add(new String[] {suppressed ? "*" : "age" + rnd.nextInt(6), suppressed ? "*" : "z" + rnd.nextInt(5),
                    values[rnd.nextInt(values.length)]});
        }
        for (RiskTargets targets : List.of(new RiskTargets(2, 2.5, "entropy", null, 0.3, 0.5, 0.01),
                new RiskTargets(null, 2.0, "recursive", 3.0, 0.1, null, null),
                new RiskTargets(40, null, null, null, null, null, 0.5))) {
            RiskTargetCheck onTable = RiskTargetMeasure.check(table(rows), ROLES, targets);
            // gathered as an engine might: classes and values in reverse order of first appearance
            Map<List<String>, Map<String, Integer>> classes = new LinkedHashMap<>();
            Map<String, Integer> global = new LinkedHashMap<>();
            int suppressed = 0;
            List<String[]> reversed = new ArrayList<>(rows);
            Collections.reverse(reversed);
            for (String[] r : reversed) {
                global.merge(r[2], 1, Integer::sum);
                if (r[0].equals("*") && r[1].equals("*")) {
                    suppressed++;
                } else {
                    classes.computeIfAbsent(List.of(r[0], r[1]), x -> new LinkedHashMap<>()).merge(r[2], 1,
                            Integer::sum);
                }
            }
            List<Map<String, Integer>> counts = new ArrayList<>(classes.values());
            Collections.reverse(counts);
            RiskTargetCheck fromCounts = RiskTargetMeasure.check(targets, "diagnosis", rows.size(), suppressed,
                    counts, new HashMap<>(global));
            assertEquals(onTable, fromCounts, targets.toString());
        }
    }
}
