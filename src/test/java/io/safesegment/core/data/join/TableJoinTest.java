package io.safesegment.core.data.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableJoinTest {
    private static Table customers() {
        IntColumn id = IntColumn.create("id", 1, 2, 3, 3);
        id.appendMissing();
        return Table.create("customers", id, StringColumn.create("name", "Ann", "Bob", "Cy", "Cy2", "Nobody"));
    }

    private static Table orders() {
        return Table.create("orders", StringColumn.create("id", "1", "1", "3", "9"),
                DoubleColumn.create("amount", 10, 20, 30, 99), StringColumn.create("name", "o1", "o2", "o3", "o9"));
    }

    @Test
    void innerJoinWithReport() {
        JoinResult r = TableJoin.join(customers(), orders(), JoinOptions.on(JoinType.INNER, "id"), Progress.NONE);
        Table t = r.table();
        assertEquals(4, t.rowCount(), "Ann twice, Cy and Cy2 once each");
        assertEquals(List.of("id", "name", "amount", "name_right"), t.columnNames());
        assertEquals(new JoinReport(5, 4, 3, 2, 1, 1, 1, 4), r.report());
        assertEquals(20.0, t.doubleColumn("amount").get(1));
        assertEquals("o3", t.stringColumn("name_right").get(3));
    }

    @Test
    void leftJoinKeepsUnmatchedRowsWithMissingValues() {
        JoinResult r = TableJoin.join(customers(), orders(), JoinOptions.on(JoinType.LEFT, "id"), Progress.NONE);
        Table t = r.table();
        assertEquals(6, t.rowCount());
        assertEquals("Bob", t.stringColumn("name").get(2));
        assertTrue(t.doubleColumn("amount").isMissing(2));
        assertTrue(t.intColumn("id").isMissing(5), "a missing key never matches but the row is kept");
        assertEquals(2, r.report().unmatchedLeftRows());
    }

    @Test
    void compositeKeysAndDifferentNames() {
        Table a = Table.create("a", StringColumn.create("c", "x", "x", "y"), IntColumn.create("n", 1, 2, 1));
        Table b = Table.create("b", StringColumn.create("city", "x", "y"), IntColumn.create("num", 2, 1),
                StringColumn.create("v", "x2", "y1"));
        JoinResult r = TableJoin.join(a, b, new JoinOptions(List.of("c", "n"), List.of("city", "num"),
                JoinType.INNER, null), Progress.NONE);
        assertEquals(2, r.table().rowCount());
        assertEquals("x2", r.table().stringColumn("v").get(0));
    }

    @Test
    void unknownKeyColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableJoin.join(customers(),
                orders(), JoinOptions.on(JoinType.INNER, "customer_id"), Progress.NONE));
        assertTrue(e.getMessage().contains("customer_id"));
    }
}
