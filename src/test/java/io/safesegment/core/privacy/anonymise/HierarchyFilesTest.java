package io.safesegment.core.privacy.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARX hierarchy files read and written, checks, and the builders. */
class HierarchyFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsArxFileAndWritesItBack() throws Exception {
        Path file = dir.resolve("country.csv");
        String text = "中国;亚洲;*\nJapan;亚洲;*\r\n\n\"Korea; Republic of\";亚洲;*\nFrance;Europe;*\n";
        Files.writeString(file, text);
        Hierarchy h = HierarchyFiles.read(file);
        assertEquals(4, h.size());
        assertEquals(3, h.height());
        assertEquals("亚洲", h.generalise("Korea; Republic of", 1));
        Path copy = dir.resolve("copy.csv");
        HierarchyFiles.write(h, copy);
        assertEquals(h.rows(), HierarchyFiles.read(copy).rows());
        assertTrue(Files.readString(copy).contains("\"Korea; Republic of\";亚洲;*"));
    }

    @Test
    void uncoveredValuesAreListedByValue() {
        Hierarchy h = Hierarchy.of(List.of(List.of("a", "*"), List.of("b", "*")), "h");
        HierarchyException e = assertThrows(HierarchyException.class, () -> h.requireCovers("code", List.of("a", "x", "", "x")));
        assertTrue(e.getMessage().contains("'code'") && e.getMessage().contains("2 value(s)")
                && e.getMessage().contains("'x'") && e.getMessage().contains("(empty)"), e.getMessage());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add("v" + i);
        }
        assertTrue(assertThrows(HierarchyException.class, () -> h.requireCovers("code", many)).getMessage()
                .contains("and 10 more"));
    }

    @Test
    void malformedHierarchiesAreRefusedWithTheirLine() {
        assertTrue(assertThrows(HierarchyException.class, () -> Hierarchy.of(List.of(List.of("a", "x", "*"),
                List.of("b", "*")), "h.csv")).getMessage().contains("line 2"));
        assertTrue(assertThrows(HierarchyException.class, () -> Hierarchy.of(List.of(List.of("a", "*"),
                List.of("a", "*")), "h.csv")).getMessage().contains("line 2"));
        // not a tree: group x goes to two different parents
        assertTrue(assertThrows(HierarchyException.class, () -> Hierarchy.of(List.of(List.of("a", "x", "p", "*"),
                List.of("b", "x", "q", "*")), "h.csv")).getMessage().contains("tree"));
        Path missing = dir.resolve("none.csv");
        assertTrue(assertThrows(HierarchyException.class, () -> HierarchyFiles.read(missing)).getMessage().contains("none.csv"));
    }

    @Test
    void builders() {
        Hierarchy codes = HierarchyBuilders.redaction(List.of("81675", "81670"), '*');
        assertEquals(List.of("81675", "8167*", "816**", "81***", "8****", "*"), codes.rows().get(1));
        Hierarchy dates = HierarchyBuilders.dates(List.of("1987-05-17"));
        assertEquals(List.of("1987-05-17", "1987-05", "1987-Q2", "1987", "1980-1989", "*"), dates.rows().get(0));
        Hierarchy ages = HierarchyBuilders.intervals(List.of("3", "17", "42", "95"), 10, 90, 10, 2);
        // 8 bins of 10 joined pairwise: [10,20) → [10,30) → [10,50), then *; rows in text order of the values
        assertEquals(List.of("17", "[10, 20)", "[10, 30)", "[10, 50)", "*"), ages.rows().get(0));
        assertEquals(List.of("3", "<10", "<10", "<10", "*"), ages.rows().get(1));
        assertEquals(List.of("42", "[40, 50)", "[30, 50)", "[10, 50)", "*"), ages.rows().get(2));
        assertEquals(List.of("95", ">=90", ">=90", ">=90", "*"), ages.rows().get(3));
        Hierarchy grades = HierarchyBuilders.ordered(List.of("A", "B", "C", "D", "E"), 2, 2);
        assertEquals(List.of("E", "E", "E", "*"), grades.rows().get(4));
        assertEquals(List.of("B", "A-B", "A-D", "*"), grades.rows().get(1));
        Hierarchy map = HierarchyBuilders.mapping(Map.of("上海", List.of("华东")));
        assertEquals(List.of("上海", "华东", "*"), map.rows().get(0));
    }
}
