package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleParamsTest {

    @Test
    void parsesTypedValues() {
        Map<String, Object> p = RuleParams.parse(" keepFirst=1, keepEmailDomain=TRUE; width=2.5, prefix=ID-, "
                + "edges=[0, 18, 65] ");
        assertEquals(List.of("keepFirst", "keepEmailDomain", "width", "prefix", "edges"), List.copyOf(p.keySet()));
        assertEquals(1, p.get("keepFirst"));
        assertEquals(true, p.get("keepEmailDomain"));
        assertEquals(2.5, p.get("width"));
        assertEquals("ID-", p.get("prefix"));
        assertEquals(List.of(0.0, 18.0, 65.0), p.get("edges"));
        assertTrue(RuleParams.parse("  ").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"keepFirst", "=3", "a=1, a=2", "edges=[1, x]", "edges=[1, 2"})
    void rejectsMalformedText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleParams.parse(text));
        assertTrue(e.getMessage().contains("\""), "names the offending part: " + e.getMessage());
    }

    @Test
    void formatThenParseGivesTheSameParameters() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            Map<String, Object> params = new LinkedHashMap<>();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String name = "p" + i;
                switch (random.nextInt(5)) {
                    case 0 -> params.put(name, random.nextInt(2_000_001) - 1_000_000);
                    case 1 -> params.put(name, random.nextDouble() * 1000 - 500);
                    case 2 -> params.put(name, random.nextBoolean());
                    case 3 -> params.put(name, "text" + random.nextInt(100));
                    default -> params.put(name, List.of((double) random.nextInt(10), random.nextDouble()));
                }
            }
            assertEquals(params, RuleParams.parse(RuleParams.format(params)), params.toString());
        }
    }

    @Test
    void textWithSeparatorsIsQuotedAndReadBackWhole() {
        // A hierarchy rule's group names every quasi-identifier's file and level, joined with ';'.
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("suppressBelow", 5);
        params.put("group", "age=/h/age.csv@2;zip=/h/a,b \"zip\".csv@1");
        String text = RuleParams.format(params);
        assertEquals("suppressBelow=5, group=\"age=/h/age.csv@2;zip=/h/a,b \"\"zip\"\".csv@1\"", text);
        assertEquals(params, RuleParams.parse(text));
    }
}
