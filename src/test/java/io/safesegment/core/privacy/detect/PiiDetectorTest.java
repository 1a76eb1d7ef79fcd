package io.safesegment.core.privacy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PiiDetectorTest {
    private final PiiDetector detector = PiiDetector.standard();

    @Test
    void chineseHeaderAloneSuggestsRole() {
        ColumnDetection d = detector.detect("身份证号", List.of());
        assertEquals(EntityType.CN_RESIDENT_ID, d.top().orElseThrow().entity());
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, d.suggestedRole());
    }

    @Test
    void chineseHeadersMapToEntities() {
        assertEquals(EntityType.PERSON_NAME, ColumnNameHints.entityFor("姓名").orElseThrow());
        assertEquals(EntityType.PHONE, ColumnNameHints.entityFor("手机").orElseThrow());
        assertEquals(EntityType.EMAIL, ColumnNameHints.entityFor("邮箱").orElseThrow());
        assertEquals(EntityType.STREET_ADDRESS, ColumnNameHints.entityFor("地址").orElseThrow());
        assertEquals(EntityType.CN_RESIDENT_ID, ColumnNameHints.entityFor("身份证号").orElseThrow());
        assertEquals(EntityType.CUSTOMER_ID, ColumnNameHints.entityFor("customer_id").orElseThrow());
        assertEquals(EntityType.PERSON_NAME, ColumnNameHints.entityFor("Full Name").orElseThrow());
    }

    @Test
    void valuesAloneFindEmailsUnderAnOpaqueHeader() {
        ColumnDetection d = detector.detect("col7", List.of("a@example.com", "b@example.org", "c@example.net", ""));
        EntityMatch top = d.top().orElseThrow();
        assertEquals(EntityType.EMAIL, top.entity());
        assertEquals(1.0, top.valueShare());
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, d.suggestedRole());
        assertEquals(3, d.sampled());
    }

    @Test
    void luhnInvalidNumbersAreNotCards() {
        List<String> fake = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fake.add("411111111111111" + (i % 9 + 2)); // every one fails Luhn
        }
        ColumnDetection d = detector.detect("reference", fake);
        assertTrue(d.matches().stream().noneMatch(m -> m.entity() == EntityType.CREDIT_CARD), d.toString());
    }

    @Test
    void nonPersonalColumnStaysOther() {
        ColumnDetection d = detector.detect("quantity", List.of("3", "1", "2", "7", "5"));
        assertEquals(ColumnRole.OTHER, d.suggestedRole(), d.toString());
    }

    @Test
    void incomeHeaderIsSensitive() {
        ColumnDetection d = detector.detect("annual_income", List.of("52000.5", "61000", "38000"));
        assertEquals(ColumnRole.SENSITIVE, d.suggestedRole());
    }

    @Test
    void scanCoversEveryColumnOfATable() {
        Table t = Table.create("customers",
                StringColumn.create("full_name", "John Smith", "王伟", "Mary Johnson"),
                StringColumn.create("phone", "+86 138 0013 8000", "+1 201 555 0123", "+44 7700 900123"),
                StringColumn.create("gender", "M", "女", "F"),
                StringColumn.create("loyalty_tier", "gold", "silver", "bronze"));
        DetectionReport report = detector.scan(t, Progress.NONE);
        assertEquals(4, report.columns().size());
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, report.suggestedRoles().get("full_name"));
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, report.suggestedRoles().get("phone"));
        assertEquals(ColumnRole.QUASI_IDENTIFIER, report.suggestedRoles().get("gender"));
        assertEquals(ColumnRole.OTHER, report.suggestedRoles().get("loyalty_tier"));
    }
}
