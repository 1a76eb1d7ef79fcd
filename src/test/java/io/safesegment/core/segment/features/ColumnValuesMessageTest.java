package io.safesegment.core.segment.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

/** A cell that is not a number or date is refused by column and row, without quoting the (possibly personal) value. */
class ColumnValuesMessageTest {
    @Test
    void badNumberAndDateNameColumnAndRowButNotTheValue() {
        StringColumn emails = StringColumn.create("e\u001b[31mmail", "ann@example.org", "张伟@example.cn");
        String n = assertThrows(FeatureException.class, () -> ColumnValues.number(emails, 1)).getMessage();
        assertTrue(n.contains("row 2") && n.contains("is not a number"), n);
        assertFalse(n.contains("张伟") || n.contains("example") || n.chars().anyMatch(Character::isISOControl), n);
        String d = assertThrows(FeatureException.class, () -> ColumnValues.date(emails, 0)).getMessage();
        assertTrue(d.contains("row 1") && d.contains("is not a date"), d);
        assertFalse(d.contains("ann@"), d);
    }
}
