package io.safesegment.core.privacy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A population smaller than the dataset is refused instead of silently read as "the dataset is the population". */
class RiskPopulationTest {
    private static Table three() {
        return Table.create("客户", StringColumn.create("性别", "男", "女", "男"));
    }

    @Test
    void populationSmallerThanTheDatasetIsRefused() {
        String m = assertThrows(IllegalArgumentException.class, () -> RiskAnalyzer.analyze(three(),
                new RiskOptions(List.of("性别"), null, 5, 0.2, 2), Progress.NONE)).getMessage();
        assertTrue(m.contains("population size 2 is smaller than the dataset's 3 records"), m);
    }

    @Test
    void zeroOrTheRowCountMeanTheWholePopulation() {
        RiskReport zero = RiskAnalyzer.analyze(three(), new RiskOptions(List.of("性别"), null, 5, 0.2, 0),
                Progress.NONE);
        RiskReport same = RiskAnalyzer.analyze(three(), new RiskOptions(List.of("性别"), null, 5, 0.2, 3),
                Progress.NONE);
        assertEquals(zero.journalist(), same.journalist());
    }
}
