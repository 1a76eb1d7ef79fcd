package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The leak scan's rule: leaks only where a value can identify someone — no false alarms, real leaks still caught. */
class LeakScannerTest {
    static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {7, 1});
    static Table samples;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSamples() {
        samples = TableImport.load(Path.of("sample-datasets/customers.csv"), CsvImportOptions.defaults(), Progress.NONE)
                .table();
    }

    private static MaskingPolicy suggested(Table t) {
        return PolicySuggester.suggest(PiiDetector.standard().scan(t, Progress.NONE));
    }

    private static LeakReport maskAndScan(Table t, MaskingPolicy policy) {
        MaskResult result = MaskingEngine.apply(t, policy, KEYS, Progress.NONE);
        return LeakScanner.scan(t, result.masked(), policy.roles(), Progress.NONE);
    }

    @Test
    void mallCustomersWithTheirOwnSuggestedPolicyAreNotBlocked() throws IOException {
        Table mall = ForeignShapes.mallCustomers(dir);
        Set<String> incomes = new HashSet<>(mall.column("x").asStringColumn().asList());
        assertTrue(incomes.contains("100") && incomes.contains("137"), "ids 15..137 reappear as incomes in x");
        MaskingPolicy policy = suggested(mall);
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, policy.roles().get("CustomerID"));
        assertEquals("pseudonym", policy.ruleFor("CustomerID").orElseThrow().operator());

        LeakReport report = maskAndScan(mall, policy);

        assertFalse(report.blocked(), report.summary());
    }

    @Test
    void mallCustomersWithTheIdKeptAreStillBlockedEvenThoughIdsAreSmall() throws IOException {
        Table mall = ForeignShapes.mallCustomers(dir);
        MaskingPolicy policy = suggested(mall).withRule(MaskingRule.of("CustomerID", "keep"));

        LeakReport report = maskAndScan(mall, policy);

        assertTrue(report.blocked());
        assertEquals(List.of("CustomerID"), report.leaks().stream().map(LeakReport.ColumnLeak::column).toList());
        assertEquals(200, report.leaks().getFirst().count(LeakKind.UNCHANGED_IDENTIFIER));
        assertTrue(report.summary().contains(
                "Column 'CustomerID': 200 values still contain the original identifier (kind: original identifier unchanged)"),
                report.summary());
    }

    @Test
    void onlineRetailStockCodesEqualToCustomerIdsAreNotLeaks() throws IOException {
        Table retail = ForeignShapes.onlineRetail(dir);
        Set<String> ids = new HashSet<>(retail.column("CustomerID").asStringColumn().asList());
        assertTrue(retail.column("StockCode").asStringColumn().asList().stream().anyMatch(ids::contains),
                "the fixture has stock codes equal to customer ids");
        assertTrue(retail.column("CustomerID").countMissing() > 0, "and rows without a customer id");
        MaskingPolicy policy = suggested(retail);
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, policy.roles().get("CustomerID"));

        LeakReport report = maskAndScan(retail, policy);

        assertFalse(report.blocked(), report.summary());
    }

    @Test
    void suggestedPolicyLeavesNoSurvivorOnTheBundledSamples() {
        MaskingPolicy policy = suggested(samples);
        assertEquals(5007, samples.rowCount());

        MaskResult result = MaskingEngine.apply(samples, policy, KEYS, Progress.NONE);
        LeakReport report = LeakScanner.scan(samples, result.masked(), policy.roles(), Progress.NONE);

        assertFalse(report.blocked(), report.summary());
    }

    @Test
    void anEmailCopiedIntoNotesIsCaughtAndNamedWithoutTheValue() {
        Table t = samples.copy();
        StringColumn notes = StringColumn.create("notes", t.rowCount());
        for (int i = 0; i < t.rowCount(); i++) {
            notes.set(i, i % 3 == 0 ? "Prefers weekend delivery" : "");
        }
        String email = t.stringColumn("email").get(17);
        String phone = t.column("phone").getString(40);
        notes.set(17, "Asked for a call back, write to " + email + " please");
        notes.set(40, "客户要求回电，电话 " + phone + "（晚上）");
        notes.set(41, "Duplicate of the customer at " + t.stringColumn("email").get(300));
        t.addColumns(notes);
        MaskingPolicy policy = suggested(t);
        assertTrue(policy.roles().get("notes") != ColumnRole.DIRECT_IDENTIFIER, "notes is not detected as an identifier");

        LeakReport report = maskAndScan(t, policy);

        assertTrue(report.blocked());
        LeakReport.ColumnLeak leak = report.leaks().stream().filter(l -> l.column().equals("notes")).findFirst()
                .orElseThrow(() -> new AssertionError(report.summary()));
        assertEquals(List.of("notes"), report.leaks().stream().map(LeakReport.ColumnLeak::column).toList());
        assertEquals(3, leak.originalValues());
        assertEquals(2, leak.count(LeakKind.COPY_IN_SAME_RECORD));
        assertEquals(1, leak.count(LeakKind.DISTINCTIVE_IDENTIFIER), "another record's email, found anywhere");
        assertTrue(report.summary().contains("Column 'notes': 1 value still contains the original identifier "
                + "(kind: copy of the same record's direct identifier 'email')"), report.summary());
        assertFalse(report.summary().contains(email) || report.summary().contains(phone), "no value in the message");
        assertFalse(report.summary().contains("[]"), report.summary());
    }

    @Test
    void partlyMaskedValuesThatStillCarryTheOriginalAreCaught() {
        Table t = Table.create("people",
                StringColumn.create("phone", "+86 15087719150", "+86 13911112222", "+86 18600001234", "+1 212-555-0104"),
                StringColumn.create("name", "李明", "王小红", "Jackson Ramirez", "Zhang Wei"),
                StringColumn.create("email", "ming.li379@example.org", "xh.wang@example.com", "jr@example.org",
                        "wei@tiny-company.example"));
        Map<String, ColumnRole> roles = Map.of("phone", ColumnRole.DIRECT_IDENTIFIER, "name",
                ColumnRole.DIRECT_IDENTIFIER, "email", ColumnRole.DIRECT_IDENTIFIER);
        Table masked = Table.create("masked",
                // a char mask that kept everything; one keeping a 6-digit run only this person has; two fine masks
                StringColumn.create("phone", "*+86 15087719150", "+86 139111*****", "+86*********34", "+1 ********04"),
                // a Chinese name kept whole inside a longer text; partial masks
                StringColumn.create("name", "李明*", "王**", "J*****", "Z*** W**"),
                // the suggested email mask keeps the domain, which names no person
                StringColumn.create("email", "m*********@example.org", "x******@example.com", "j*@example.org",
                        "w**@tiny-company.example"));

        LeakReport report = LeakScanner.scan(t, masked, roles, Progress.NONE);

        Map<String, LeakReport.ColumnLeak> byColumn = new java.util.HashMap<>();
        report.leaks().forEach(l -> byColumn.put(l.column(), l));
        assertEquals(Set.of("phone", "name"), byColumn.keySet(), report.summary());
        assertEquals(1, byColumn.get("phone").count(LeakKind.CONTAINS_IDENTIFIER));
        assertEquals(1, byColumn.get("phone").count(LeakKind.PARTIAL_IDENTIFIER));
        assertEquals(2, byColumn.get("phone").originalValues());
        assertEquals(1, byColumn.get("name").count(LeakKind.CONTAINS_IDENTIFIER));
        assertTrue(report.summary().contains("(kind: substring of direct identifier)"), report.summary());
    }

    @Test
    void aCodeSharedWithAnotherColumnIsNotADistinctiveIdentifier() {
        // Long numeric customer ids that also occur as order references: the code is the order's, not a leak
        Table t = Table.create("orders",
                StringColumn.create("customer", "40012345", "40012346", "40012347"),
                StringColumn.create("reference", "40012346", "77700001", "40012345"));
        Table masked = Table.create("masked",
                StringColumn.create("customer", "ID-a", "ID-b", "ID-c"),
                StringColumn.create("reference", "40012346", "77700001", "40012345"));

        LeakReport report = LeakScanner.scan(t, masked, Map.of("customer", ColumnRole.DIRECT_IDENTIFIER), Progress.NONE);

        assertFalse(report.blocked(), report.summary());
    }

    @Test
    void oldStyleColumnLeaksStillDescribeThemselves() {
        LeakReport report = new LeakReport(List.of(new LeakReport.ColumnLeak("email", 3, 0, List.of())));
        assertEquals("Export blocked: personal data survives. Column 'email': 3 values still contain the original "
                + "identifier (kind: original identifier unchanged)", report.summary());
        new MaskingPolicy(1, "p", 1, "n", Instant.EPOCH, Map.of(), List.of()); // the policy type is untouched
    }
}
