package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.MaskingOperator;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Issue #13 item 4: every operator, fed extreme parameters (MAX_VALUE, negative, 0, NaN, 1e-300, huge strings,
 * unknown enum names), is either refused with a clear message naming the column and operator, or produces output
 * in which no input value survives (for operators that promise never to return their input).
 */
class OperatorParameterSweepTest {
    static final List<Object> EXTREMES = List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, -1, 0, 1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -1e-300,
            Double.MIN_VALUE, "x".repeat(100_000), "", "DECADE", "张", "NaN", true, List.of(), List.of(Double.NaN, 1.0));
    static final KeyMaterial KEYS = KeyMaterial.fromSeed("sweep".getBytes());

    @TempDir
    static Path dir;
    static Path hierarchy;

    /** Parameter names each operator reads, and the base parameters it needs to build at all. */
    static final Map<String, List<String>> PARAMS = new LinkedHashMap<>();
    static final Map<String, Map<String, Object>> BASE = new HashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        hierarchy = Files.writeString(dir.resolve("h.csv"), "张小红;华东;中国\n王五;华北;中国\n李雷;华南;中国\n");
        PARAMS.put("keep", List.of());
        PARAMS.put("redact", List.of());
        PARAMS.put("replace", List.of("value"));
        PARAMS.put("char-mask", List.of("keepFirst", "keepLast", "maskChar", "lettersAndDigitsOnly", "keepEmailDomain"));
        PARAMS.put("truncate", List.of("length"));
        PARAMS.put("generalise-prefix", List.of("keep", "padToLength"));
        PARAMS.put("generalise-number", List.of("width", "origin", "edges"));
        PARAMS.put("generalise-date", List.of("level"));
        PARAMS.put("generalise-hierarchy", List.of("file", "level"));
        PARAMS.put("top-bottom-code", List.of("lower", "upper"));
        PARAMS.put("pseudonym", List.of("key", "prefix", "length"));
        PARAMS.put("hash", List.of("salt", "key"));
        PARAMS.put("fake", List.of("kind", "key"));
        PARAMS.put("date-shift", List.of("subjectColumn", "maxDays", "key"));
        PARAMS.put("noise", List.of("mechanism", "epsilon", "delta", "lower", "upper", "sensitivity", "sigma", "seed", "key"));
        PARAMS.put("microaggregate", List.of("k"));
        PARAMS.put("encrypt-deterministic", List.of("key"));
        PARAMS.put("encrypt-random", List.of("key"));
        PARAMS.put("encrypt-fpe", List.of("key", "alphabet"));
        BASE.put("generalise-hierarchy", Map.of("file", hierarchy.toString()));
        BASE.put("date-shift", Map.of("subjectColumn", "客户编号"));
        BASE.put("noise", Map.of("epsilon", 1, "lower", 0, "upper", 500_000));
    }

    static String columnFor(String operator) {
        return switch (operator) {
            case "generalise-number", "top-bottom-code", "noise", "microaggregate" -> "年收入";
            case "generalise-date", "date-shift" -> "出生日期";
            case "encrypt-fpe" -> "手机号";
            default -> "姓名";
        };
    }

    static Table table() {
        return Table.create("客户.csv",
                StringColumn.create("客户编号", "C-000001", "C-000002", "C-000003", "C-000004"),
                StringColumn.create("姓名", "张小红", "王五", "李雷", "张小红"),
                StringColumn.create("手机号", "13800138000", "15087719150", "13912345678", "13800138000"),
                StringColumn.create("出生日期", "1985-03-07", "1990-12-31", "2001-01-01", "1985-03-07"),
                DoubleColumn.create("年收入", new double[] {52345.67, 187654.32, 99999.99, 52345.67}));
    }

    /** Runs one rule; returns whether it was accepted. Fails on anything but a clear refusal or a safe output. */
    static boolean check(String operator, Map<String, Object> params) {
        String column = columnFor(operator);
        Table input = table();
        MaskingRule rule = new MaskingRule(column, operator, params);
        MaskingPolicy policy = new MaskingPolicy(1, "sweep", 1, "sweep", Instant.EPOCH, Map.of(), List.of(rule));
        List<String> problems = PolicyValidator.problems(policy);
        MaskResult result;
        try {
            result = MaskingEngine.apply(input, policy, KEYS, Progress.NONE);
        } catch (PolicyException refused) {
            String m = refused.getMessage();
            assertTrue(m.contains("'" + column + "'"), "names the column: " + m);
            assertTrue(m.contains(operator) || m.contains("dataset"), "names the operator: " + m);
            assertTrue(m.length() < 600, "no huge echo: " + m.length() + " characters: " + m.substring(0, Math.min(300, m.length())));
            for (String v : List.of("13800138000", "52345.67", "1985-03-07", "C-000001")) {
                assertFalse(m.contains(v), "no data value in the message: " + m);
            }
            return false;
        } catch (RuntimeException other) {
            fail(operator + " " + params.keySet() + " failed with " + other + " instead of a clear refusal");
            return false;
        }
        assertTrue(problems.isEmpty(), "policy check accepted what mask accepted: " + problems);
        MaskingOperator op = OperatorFactory.create(rule);
        Column<?> in = input.column(column);
        Column<?> out = result.masked().columnNames().contains(column) ? result.masked().column(column) : null;
        if (op.neverReturnsInput() && out != null) {
            for (int i = 0; i < in.size(); i++) {
                String original = in.getString(i);
                assertFalse(out.getString(i).contains(original), operator + " " + params + " kept row " + (i + 1));
            }
        }
        return true;
    }

    @Test
    void everyOperatorWithEveryExtremeParameter() {
        int accepted = 0;
        int refused = 0;
        for (var e : PARAMS.entrySet()) {
            for (String param : e.getValue()) {
                for (Object value : EXTREMES) {
                    Map<String, Object> params = new LinkedHashMap<>(BASE.getOrDefault(e.getKey(), Map.of()));
                    params.put(param, value);
                    if (check(e.getKey(), params)) {
                        accepted++;
                    } else {
                        refused++;
                    }
                }
            }
        }
        assertTrue(refused > 200 && accepted > 50, "accepted " + accepted + ", refused " + refused);
    }

    @Test
    void seededRandomCombinations() {
        Random rnd = new Random(20261205);
        List<String> ops = new ArrayList<>(PARAMS.keySet());
        for (int i = 0; i < 600; i++) {
            String op = ops.get(rnd.nextInt(ops.size()));
            List<String> names = PARAMS.get(op);
            Map<String, Object> params = new LinkedHashMap<>(rnd.nextBoolean() ? BASE.getOrDefault(op, Map.of()) : Map.of());
            for (int j = 0; j < 1 + rnd.nextInt(3) && !names.isEmpty(); j++) {
                params.put(names.get(rnd.nextInt(names.size())), EXTREMES.get(rnd.nextInt(EXTREMES.size())));
            }
            check(op, params);
        }
    }

    @Test
    void theIssuesExamplesAreRefusedWithRuleColumnParameterAndReason() {
        MaskingPolicy policy = new MaskingPolicy(1, "p", 1, "p", Instant.EPOCH, Map.of(), List.of(
                new MaskingRule("phone", "char-mask", Map.of("keepFirst", 2147483647)),
                new MaskingRule("income", "generalise-number", Map.of("width", 1e-300)),
                new MaskingRule("birth", "generalise-date", Map.of("level", "DECADE")),
                new MaskingRule("salary", "noise", Map.of("epsilon", Double.NaN, "lower", 0, "upper", 1)),
                new MaskingRule("age", "microaggregate", Map.of("k", 1))));
        List<PolicyFinding> findings = PolicyValidator.findings(policy);
        assertEquals(5, findings.size(), findings.toString());
        assertEquals(List.of("phone", "income", "birth", "salary", "age"), findings.stream().map(PolicyFinding::column).toList());
        assertEquals(List.of("keepFirst", "width", "level", "epsilon", "k"), findings.stream().map(PolicyFinding::parameter).toList());
        assertTrue(findings.get(2).reason().contains("[MONTH, QUARTER, YEAR]"), findings.get(2).reason());
        assertTrue(findings.get(2).reason().contains("DECADE"), findings.get(2).reason());
        findings.forEach(f -> assertTrue(f.message().startsWith("Rule for column '" + f.column() + "': " + f.operator()), f.message()));
    }

    @Test
    void aBinWidthTinyRelativeToTheDataIsRefusedAtMaskTime() {
        MaskingPolicy policy = new MaskingPolicy(1, "p", 1, "p", Instant.EPOCH, Map.of(), List.of(
                new MaskingRule("年收入", "generalise-number", Map.of("width", 1e-8))));
        assertTrue(PolicyValidator.problems(policy).isEmpty(), "1e-8 is plausible for tiny measurements");
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                () -> MaskingEngine.apply(table(), policy, KEYS, Progress.NONE));
        assertTrue(e.getMessage().contains("too small for the values of column '年收入'"), e.getMessage());
    }
}
