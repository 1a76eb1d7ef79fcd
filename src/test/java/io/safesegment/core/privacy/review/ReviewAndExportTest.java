package io.safesegment.core.privacy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ReviewAndExportTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {1, 2, 3});

    @TempDir
    Path dir;

    private static Table customers() {
        return Table.create("customers",
                StringColumn.create("email", "ann@example.com", "bob@example.org", "cy@example.net", "di@example.com",
                        "ed@example.com", "flo@example.org"),
                StringColumn.create("gender", "F", "M", "M", "F", "M", "F"),
                StringColumn.create("city", "Berlin", "Berlin", "Paris", "Paris", "Berlin", "Paris"),
                StringColumn.create("postcode", "10115", "10117", "75001", "75002", "10115", "75001"),
                IntColumn.create("income", new int[] {40, 50, 60, 70, 80, 90}));
    }

    private static MaskingPolicy policy(String emailOperator, Map<String, Object> emailParams) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("email", ColumnRole.DIRECT_IDENTIFIER);
        roles.put("gender", ColumnRole.QUASI_IDENTIFIER);
        roles.put("city", ColumnRole.QUASI_IDENTIFIER);
        roles.put("postcode", ColumnRole.QUASI_IDENTIFIER);
        roles.put("income", ColumnRole.SENSITIVE);
        return new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "p1", 1, "test", Instant.EPOCH, roles,
                List.of(new MaskingRule("email", emailOperator, emailParams), MaskingRule.of("postcode", "redact")));
    }

    @Test
    void riskColumnsFollowRolesAndSkipAbsentColumns() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("a", ColumnRole.SENSITIVE);
        roles.put("b", ColumnRole.QUASI_IDENTIFIER);
        roles.put("c", ColumnRole.QUASI_IDENTIFIER);
        roles.put("d", ColumnRole.SENSITIVE);
        roles.put("e", ColumnRole.DIRECT_IDENTIFIER);
        assertEquals(new RiskColumns(List.of("b", "c"), "a"), RiskColumns.from(roles, List.of("a", "b", "c", "d")));
        assertEquals(new RiskColumns(List.of("c"), "d"), RiskColumns.from(roles, List.of("c", "d")));
        assertTrue(RiskColumns.from(roles, List.of("a", "e")).options().isEmpty());
    }

    @Test
    void reviewMeasuresRiskBeforeAndAfterOverSurvivingQuasiIdentifiers() {
        PolicyReview review = PolicyReviewer.review(customers(), policy("char-mask", Map.of("keepFirst", 1)), KEYS,
                Progress.NONE);

        assertEquals(List.of("gender", "city", "postcode"), review.before().quasiIdentifiers());
        assertEquals(1, review.before().k(), "postcode makes rows unique");
        assertEquals(List.of("gender", "city"), review.after().quasiIdentifiers(), "redacted postcode is gone");
        assertEquals(1, review.after().k());
        assertTrue(review.after().equivalenceClasses() < review.before().equivalenceClasses());
        assertEquals("income", review.after().diversity().sensitive());
        assertTrue(review.cost().column("postcode").orElseThrow().removed());
        assertEquals(6 + 6, review.cost().changedCells(), "every email masked, every postcode removed");
        assertFalse(review.mask().masked().containsColumn("postcode"));
    }

    @Test
    void reviewWithoutQuasiIdentifiersHasNoRisk() {
        Table t = customers().selectColumns("email", "income");
        MaskingPolicy p = new MaskingPolicy(1, "p", 1, "n", Instant.EPOCH, Map.of("email", ColumnRole.DIRECT_IDENTIFIER),
                List.of(MaskingRule.of("email", "redact")));
        PolicyReview review = PolicyReviewer.review(t, p, KEYS, Progress.NONE);
        assertNull(review.before());
        assertNull(review.after());
        assertNotNull(review.cost());
    }

    @Test
    void blockedExportWritesNothing() throws IOException {
        Path target = dir.resolve("out.csv");
        MaskedExport.Outcome outcome = MaskedExport.export(customers(), policy("keep", Map.of()), KEYS, null, target,
                Progress.NONE);

        assertTrue(outcome.blocked());
        assertEquals("email", outcome.leaks().leaks().getFirst().column());
        assertEquals(6, outcome.leaks().leaks().getFirst().originalValues());
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind either");
        }
    }

    @Test
    void cleanExportWritesMaskedCsvWithoutOriginalIdentifiers() throws IOException {
        Path target = dir.resolve("out.csv");
        MaskedExport.Outcome outcome = MaskedExport.export(customers(), policy("char-mask",
                Map.of("keepFirst", 1, "keepEmailDomain", true)), KEYS, null, target, Progress.NONE);

        assertFalse(outcome.blocked());
        assertEquals(6, outcome.rows());
        List<String> lines = Files.readAllLines(target);
        assertEquals("email,gender,city,income", lines.getFirst());
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("a**@example.com,F,Berlin,40"), lines.get(1));
        for (String email : customers().stringColumn("email")) {
            assertTrue(lines.stream().noneMatch(l -> l.contains(email)), email);
        }
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path input = dir.resolve("customers.csv");
        Files.writeString(input, "original");
        IOException e = assertThrows(IOException.class, () -> MaskedExport.export(customers(),
                policy("redact", Map.of()), KEYS, input, input, Progress.NONE));
        assertTrue(e.getMessage().contains("Refusing to overwrite"), e.getMessage());
        assertEquals("original", Files.readString(input));
    }
}
