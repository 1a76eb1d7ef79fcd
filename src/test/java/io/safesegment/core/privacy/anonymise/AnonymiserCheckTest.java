package io.safesegment.core.privacy.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link Anonymiser#check}: points of the solution space, measured exactly as the search measures them. */
class AnonymiserCheckTest {
    @Test
    void checkAgreesWithTheSearch() {
        Table t = Table.create("t", StringColumn.create("age", "21", "22", "23", "24", "31", "32", "33", "34"),
                StringColumn.create("sex", "m", "m", "f", "f", "m", "m", "m", "f"));
        Hierarchy age = Hierarchy.of(List.of(List.of("21", "20-29", "*"), List.of("22", "20-29", "*"),
                List.of("23", "20-29", "*"), List.of("24", "20-29", "*"), List.of("31", "30-39", "*"),
                List.of("32", "30-39", "*"), List.of("33", "30-39", "*"), List.of("34", "30-39", "*")), "age");
        Hierarchy sex = Hierarchy.of(List.of(List.of("m", "*"), List.of("f", "*")), "sex");
        AnonymiseOptions options = new AnonymiseOptions(List.of("age", "sex"), Map.of("age", age, "sex", sex), null,
                List.of(new PrivacyModel.KAnonymity(2)), 0.125, UtilityMetric.LOSS, 1);
        AnonymisationResult result = Anonymiser.search(t, options, Progress.NONE);
        List<Transformation> points = Anonymiser.check(t, options, List.of(result.optimum().levelArray(),
                new int[] {0, 0}, new int[] {2, 1}));
        assertEquals(result.optimum(), points.get(0));
        assertFalse(points.get(1).acceptable(), "raw ages are unique");
        assertTrue(points.get(2).acceptable());
        assertEquals(8, points.get(2).smallestClass());
        assertTrue(points.get(2).loss() > result.optimum().loss());
    }
}
