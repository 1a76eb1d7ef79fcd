package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Issue #13 item 3: {@code hash} was SHA-256(salt ‖ value) with the salt in the policy; 100 of 100 phone numbers were
 * reversed by enumeration. Old {@code hash} rules now run as keyed HMAC-SHA-256 from the vault, with a warning.
 */
class KeyedHashMigrationTest {
    static final String SALT = "pepper-and-salt";

    static MaskingPolicy oldPolicy() {
        return new MaskingPolicy(1, "legacy", 1, "legacy", Instant.EPOCH, Map.of(),
                List.of(new MaskingRule("手机号", "hash", Map.of("salt", SALT))));
    }

    @Test
    void bruteForcingTheHashedPhoneNumbersNoLongerWorksWithoutTheKey() throws Exception {
        StringColumn phones = StringColumn.create("手机号");
        for (int i = 0; i < 100; i++) {
            phones.append(String.format("1380013%04d", i * 37));
        }
        Table table = Table.create("t", phones);
        MaskResult result = MaskingEngine.apply(table, oldPolicy(), KeyMaterial.fromSeed("vault".getBytes()), Progress.NONE);
        Set<String> released = new HashSet<>(result.masked().stringColumn("手机号").asList());
        assertEquals(TransformKind.PSEUDONYMISED, result.outcomes().get(0).kind());

        // The attacker holds the policy (with its salt) and enumerates the 10,000 numbers of the prefix.
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<String, String> reversed = new HashMap<>();
        for (int n = 0; n < 10_000; n++) {
            String candidate = String.format("1380013%04d", n);
            sha.update(SALT.getBytes(StandardCharsets.UTF_8));
            String h = java.util.HexFormat.of().formatHex(sha.digest(candidate.getBytes(StandardCharsets.UTF_8)));
            if (released.contains(h)) {
                reversed.put(h, candidate);
            }
        }
        assertEquals(0, reversed.size(), "no phone number is recovered without the vault key");
        // ...and the output stays a consistent 64-hex pseudonym, so joins keep working
        assertTrue(released.stream().allMatch(v -> v.matches("[0-9a-f]{64}")));
        assertEquals(100, released.size());
    }

    @Test
    void policyCheckWarnsAboutTheMigrationAndTheKeyIsRequired() {
        List<PolicyFinding> warnings = PolicyValidator.warnings(oldPolicy());
        assertEquals(1, warnings.size());
        PolicyFinding w = warnings.get(0);
        assertEquals("手机号", w.column());
        assertEquals("salt", w.parameter());
        assertTrue(w.message().contains("not pseudonymisation"), w.message());
        assertTrue(w.message().contains("keyed HMAC-SHA-256"), w.message());
        assertTrue(PolicyValidator.problems(oldPolicy()).isEmpty(), "old policies still load and run");
        assertEquals(Map.of("pseudonym", KeyPurpose.PSEUDONYM_HMAC), OperatorFactory.requiredKeys(oldPolicy()));
    }
}
