package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The operator parameter specs agree with the operators, and the service previews one rule on sample rows. */
class OperatorParametersTest {
    @Test
    void everyOperatorsDefaultsBuildAndRangesRefuseOutOfRangeValues() {
        for (String id : PrivacyService.operatorIds()) {
            for (OperatorParameter p : PrivacyService.parameters(id)) {
                assertNull(p.defaultValue() == null ? null : p.problem(p.defaultValue()), id + "." + p.name());
            }
        }
        OperatorParameter level = PrivacyService.parameters("generalise-date").getFirst();
        assertTrue(level.problem("DECADE").contains("MONTH, QUARTER, YEAR"), level.problem("DECADE"));
        OperatorParameter keepFirst = PrivacyService.parameters("char-mask").getFirst();
        assertEquals("'keepFirst' must be between 0 and 32", keepFirst.problem(33));
        assertEquals("'keepFirst' must be a whole number", keepFirst.problem("three"));
    }

    @Test
    void previewMasksTheFirstValuesWithOneRule() {
        Table t = Table.create("t", StringColumn.create("phone", List.of("13800138000", "13900139000", "1", "2",
                "3", "4", "5")));
        var preview = PrivacyService.preview(t, new MaskingRule("phone", "char-mask", Map.of("keepFirst", 3)),
                Map.of(), KeyMaterial.fromSeed(new byte[32]), 5);
        assertEquals(5, preview.size());
        assertEquals("13800138000", preview.getFirst().before());
        assertEquals("138********", preview.getFirst().after());
    }
}
