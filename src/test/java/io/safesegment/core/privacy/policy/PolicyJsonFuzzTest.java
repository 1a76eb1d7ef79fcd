package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.fuzz.FuzzCheck;
import io.safesegment.fuzz.Mutations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzz of the policy JSON parser: mutated policies either parse or are refused with a {@link PolicyException}
 * whose message is short and printable. Fixed budget, so it runs in the normal suite.
 */
class PolicyJsonFuzzTest {
    private static final int CASES = 3_000;

    static String seedPolicy() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("email", ColumnRole.DIRECT_IDENTIFIER);
        roles.put("age", ColumnRole.QUASI_IDENTIFIER);
        roles.put("收入", ColumnRole.SENSITIVE);
        MaskingPolicy policy = new MaskingPolicy(1, "p-1", 2, "Customers 客户", Instant.parse("2025-01-02T03:04:05Z"),
                roles, List.of(
                        new MaskingRule("email", "pseudonym", Map.of("key", "ids")),
                        new MaskingRule("phone", "char-mask", Map.of("keepFirst", 2, "keepLast", 2, "maskChar", "*")),
                        new MaskingRule("age", "generalise-number", Map.of("width", 10.5)),
                        new MaskingRule("收入", "noise", Map.of("epsilon", 1.0, "bounds", List.of(0, 100000))),
                        MaskingRule.of("notes", "remove")));
        return PolicyJson.toJson(policy);
    }

    @Test
    void aNullDocumentIsRefusedNotANullPointerException() {
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                () -> PolicyJson.fromJson("null", "policy.json"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("policy.json holds JSON null"));
    }

    @Test
    void mutatedPoliciesParseOrFailWithAPrintablePolicyException() {
        String seed = seedPolicy();
        assertEquals(PolicyJson.fromJson(seed, "seed"), PolicyJson.fromJson(seed, "seed"));
        SplittableRandom random = new SplittableRandom(20_251_205L);
        for (int i = 0; i < CASES; i++) {
            String doc = Mutations.json(seed, random);
            FuzzCheck.check("policy case " + i, doc, () -> PolicyJson.fromJson(doc, "policy.json"),
                    PolicyException.class);
        }
    }
}
