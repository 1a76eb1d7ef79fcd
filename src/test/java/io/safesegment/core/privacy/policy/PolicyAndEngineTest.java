package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PolicyAndEngineTest {
    static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {4, 2});

    static Table customers() {
        return Table.create("customers",
                StringColumn.create("customer_id", "C001", "C002", "C003", "C004"),
                StringColumn.create("full_name", "John Smith", "王小明", "Mary Johnson", "李娜"),
                StringColumn.create("email", "john@example.com", "xm.wang@example.org", "mary@example.net", "li.na@example.com"),
                StringColumn.create("phone", "+1 212 555 0188", "+86 138 0013 8000", "+44 7911 123456", "+86 139 1234 5678"),
                StringColumn.create("birth_date", "1980-04-02", "1991-12-30", "1975-07-14", "2001-01-09"),
                StringColumn.create("postcode", "10001", "100080", "SW1A 1AA", "200040"),
                IntColumn.create("annual_income", new int[] {52000, 61000, 75000, 43000}),
                StringColumn.create("loyalty_tier", "gold", "silver", "gold", "bronze"));
    }

    @Test
    void suggestedPolicyCoversEveryDirectIdentifierAndMasksWithoutLeaks() {
        Table t = customers();
        DetectionReport report = PiiDetector.standard().scan(t, Progress.NONE);
        MaskingPolicy policy = PolicySuggester.suggest(report);
        assertTrue(PolicyValidator.problems(policy).isEmpty(), PolicyValidator.problems(policy).toString());
        assertEquals("pseudonym", policy.ruleFor("customer_id").orElseThrow().operator());
        assertEquals("char-mask", policy.ruleFor("email").orElseThrow().operator());
        assertEquals("generalise-date", policy.ruleFor("birth_date").orElseThrow().operator());
        assertEquals("generalise-prefix", policy.ruleFor("postcode").orElseThrow().operator());
        assertFalse(policy.ruleFor("loyalty_tier").isPresent());

        MaskResult result = MaskingEngine.apply(t, policy, KEYS, Progress.NONE);
        assertEquals("j***@example.com", result.masked().stringColumn("email").get(0));
        assertEquals("1980", result.masked().stringColumn("birth_date").get(0));
        assertTrue(result.masked().stringColumn("customer_id").get(0).startsWith("CUST-"));
        assertEquals(TransformKind.PSEUDONYMISED, outcome(result, "customer_id"));
        assertEquals(TransformKind.MASKED, outcome(result, "email"));
        assertEquals(TransformKind.GENERALISED, outcome(result, "birth_date"));
        assertEquals(TransformKind.KEPT, outcome(result, "loyalty_tier"));
        assertEquals(4, t.rowCount(), "input untouched");
        assertEquals("john@example.com", t.stringColumn("email").get(0), "input untouched");

        LeakReport leaks = LeakScanner.scan(t, result.masked(), policy.roles(), Progress.NONE);
        assertFalse(leaks.blocked(), leaks.summary());
    }

    private static TransformKind outcome(MaskResult r, String column) {
        return r.outcomes().stream().filter(o -> o.column().equals(column)).findFirst().orElseThrow().kind();
    }

    @Test
    void leakScanBlocksSurvivingIdentifiersAndNamesTheColumn() {
        Table t = customers();
        MaskingPolicy policy = PolicySuggester.suggest(PiiDetector.standard().scan(t, Progress.NONE))
                .withRule(MaskingRule.of("email", "keep"));
        MaskResult result = MaskingEngine.apply(t, policy, KEYS, Progress.NONE);
        LeakReport leaks = LeakScanner.scan(t, result.masked(), policy.roles(), Progress.NONE);
        assertTrue(leaks.blocked());
        assertEquals(1, leaks.leaks().size());
        assertEquals("email", leaks.leaks().get(0).column());
        assertEquals(4, leaks.leaks().get(0).originalValues());
        assertTrue(leaks.summary().contains("'email'"));
        assertFalse(leaks.summary().contains("john@example.com"), "the summary never shows a value");
        assertFalse(PolicyValidator.problems(policy).isEmpty(), "keep on a direct identifier is invalid");
    }

    @Test
    void leakScanFindsRecognisablePatternsEvenWhenValuesChanged() {
        Table t = customers();
        // "fake" keeps a realistic phone: the pattern check flags it in a direct-identifier column
        MaskingPolicy policy = PolicySuggester.suggest(PiiDetector.standard().scan(t, Progress.NONE))
                .withRule(new MaskingRule("phone", "fake", Map.of("kind", "PHONE")));
        MaskResult result = MaskingEngine.apply(t, policy, KEYS, Progress.NONE);
        LeakReport leaks = LeakScanner.scan(t, result.masked(), policy.roles(), Progress.NONE);
        assertTrue(leaks.blocked());
        // The fake for the fictional "+1 212 555 0188" is "+1 212 555 01nn": it keeps nine digits in a row of the
        // original, which the leak scan now reports as a partial identifier as well (intended since the partial rule)
        assertEquals(1, leaks.leaks().get(0).count(LeakKind.PARTIAL_IDENTIFIER), leaks.summary());
        assertTrue(leaks.leaks().get(0).patternMatches() > 0);
        assertTrue(leaks.leaks().get(0).count(LeakKind.RECOGNISABLE_PATTERN) > 0);
    }

    @Test
    void policyJsonRoundTripAndRevisions(@TempDir Path dir) {
        MaskingPolicy p = new MaskingPolicy(1, "p-1", 1, "test", Instant.parse("2026-11-23T00:00:00Z"),
                Map.of("email", ColumnRole.DIRECT_IDENTIFIER),
                List.of(new MaskingRule("email", "char-mask", Map.of("keepFirst", 1, "keepEmailDomain", true))));
        Path file = dir.resolve("policy.json");
        PolicyJson.write(p, file);
        MaskingPolicy back = PolicyJson.read(file);
        assertEquals(p, back);
        MaskingPolicy next = back.withRule(new MaskingRule("email", "redact", Map.of()));
        assertEquals(2, next.revision());
        assertEquals("redact", next.ruleFor("email").orElseThrow().operator());
    }

    @Test
    void badPolicyFilesGiveClearErrors(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"id\": \"x\", \"revision\": ");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyJson.read(broken));
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("line"), e.getMessage());
        assertThrows(PolicyException.class, () -> PolicyJson.read(dir.resolve("missing.json")));
        Path future = Files.writeString(dir.resolve("future.json"),
                "{\"formatVersion\":9,\"id\":\"x\",\"revision\":1,\"name\":\"n\",\"roles\":{},\"rules\":[]}");
        assertTrue(assertThrows(PolicyException.class, () -> PolicyJson.read(future)).getMessage().contains("format 9"));
    }

    @Test
    void badParametersNameColumnOperatorAndParameter() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> OperatorFactory.create(new MaskingRule("phone", "char-mask", Map.of("keepFirst", "three"))));
        assertTrue(e.getMessage().contains("'phone'") && e.getMessage().contains("keepFirst"), e.getMessage());
        assertThrows(PolicyException.class, () -> OperatorFactory.create(MaskingRule.of("x", "rot13")));
        assertThrows(PolicyException.class, () -> OperatorFactory.create(new MaskingRule("x", "truncate", Map.of("lenght", 3))));
        assertThrows(PolicyException.class, () -> new MaskingPolicy(1, "p", 1, "n", Instant.now(), Map.of(),
                List.of(MaskingRule.of("a", "redact"), MaskingRule.of("a", "keep"))));
    }

    @Test
    void ruleForAMissingColumnIsNamed() {
        MaskingPolicy p = new MaskingPolicy(1, "p", 1, "n", Instant.now(), Map.of(), List.of(MaskingRule.of("ssn", "redact")));
        PolicyException e = assertThrows(PolicyException.class, () -> MaskingEngine.apply(customers(), p, KEYS, Progress.NONE));
        assertTrue(e.getMessage().contains("'ssn'"));
    }
}
