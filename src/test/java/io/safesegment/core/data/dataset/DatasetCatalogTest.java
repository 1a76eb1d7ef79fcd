package io.safesegment.core.data.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DatasetCatalogTest {
    private static final String MALL = "CustomerID,Genre,Age,x,Spending_Score,备注\n"
            + "1,Male,19,15,39,老客户\n2,Female,21,15,81,新客户\n3,Female,20,16,6,\n";

    @Test
    void importCopiesTheFileAndLeavesTheOriginalByteIdentical(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("Mall_Customers.csv"), MALL);
        byte[] before = Files.readAllBytes(original);
        long modified = Files.getLastModifiedTime(original).toMillis();
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));

        DatasetImport.Imported imported = DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults()
                .withRoles(RoleMapping.parse("customer_id=CustomerID,feature=x"))
                .withPrivacyRoles(t -> Map.of("CustomerID", ColumnRole.DIRECT_IDENTIFIER)), Progress.NONE);

        Dataset d = imported.dataset();
        assertTrue(d.file().startsWith(catalog.workspace().dataDirectory()), d.file().toString());
        assertNotEquals(original.toAbsolutePath(), d.file());
        assertArrayEquals(before, Files.readAllBytes(d.file()));
        assertArrayEquals(before, Files.readAllBytes(original));
        assertEquals(modified, Files.getLastModifiedTime(original).toMillis());
        assertEquals("Mall_Customers.csv", d.name());
        assertEquals(DatasetKind.IMPORTED, d.kind());
        assertEquals(3, d.rows());
        assertEquals(List.of("CustomerID", "Genre", "Age", "x", "Spending_Score", "备注"),
                d.columns().stream().map(DatasetColumn::name).toList());
        assertEquals(ColumnType.INTEGER, d.columns().get(3).type());
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, d.privacyRoles().get("CustomerID"));
        assertEquals(ColumnRole.OTHER, d.privacyRoles().get("备注"));
        assertEquals("CustomerID", d.roles().column(SemanticRole.CUSTOMER_ID).orElseThrow());
        assertEquals("import", d.steps().getFirst().kind());
        assertEquals("Mall_Customers.csv", d.steps().getFirst().parameters().get("source"));

        // Read back from the database, not from the returned object.
        Dataset again = new DatasetCatalog(Workspace.open(tmp.resolve("ws"))).require(d.name());
        assertEquals(d, again);
        assertEquals(again, catalog.require(String.valueOf(d.id())), "found by id too");
    }

    @Test
    void importingTheSameFileTwiceKeepsBothUnderFreeNames(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("mall.csv"), MALL);
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        Dataset first = DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults(), Progress.NONE).dataset();
        Dataset second = DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults(), Progress.NONE).dataset();
        assertEquals("mall.csv (2)", second.name());
        assertNotEquals(first.file(), second.file());
        assertEquals(first.fingerprint(), second.fingerprint());
    }

    @Test
    void badInputNamesTheProblemAndRegistersNothing(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("mall.csv"), MALL);
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        IllegalArgumentException missingColumn = assertThrows(IllegalArgumentException.class, () ->
                DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults()
                        .withRoles(RoleMapping.parse("customer_id=customer_id")), Progress.NONE));
        assertTrue(missingColumn.getMessage().contains("no column 'customer_id'")
                && missingColumn.getMessage().contains("CustomerID, Genre"), missingColumn.getMessage());
        IllegalArgumentException missingFile = assertThrows(IllegalArgumentException.class, () ->
                DatasetImport.importFile(catalog, tmp.resolve("nope.csv"), DatasetImportOptions.defaults(),
                        Progress.NONE));
        assertTrue(missingFile.getMessage().contains("nope.csv"), missingFile.getMessage());
        assertEquals(List.of(), catalog.list());
        try (var files = Files.list(catalog.workspace().dataDirectory())) {
            assertEquals(0, files.count(), "the copy of a failed import is removed");
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> catalog.require("x"));
        assertTrue(unknown.getMessage().contains("no datasets yet"), unknown.getMessage());
    }

    @Test
    void lineageTreeAndMaskedDefault(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("mall.csv"), MALL);
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        Dataset raw = DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults(), Progress.NONE).dataset();
        Dataset other = DatasetImport.importFile(catalog, original, DatasetImportOptions.defaults().withName("其他"),
                Progress.NONE).dataset();
        assertEquals(other, catalog.defaultForAnalysis().orElseThrow(), "newest dataset while nothing is masked");

        Table masked = Table.create("m", StringColumn.create("CustomerID", "a1", "b2", "c3"));
        Dataset child = catalog.registerTable("mall masked", masked, DatasetKind.MASKED,
                Map.of("CustomerID", ColumnRole.DIRECT_IDENTIFIER), RoleMapping.parse("customer_id=CustomerID,amount=gone"),
                List.of(raw.id()), List.of(LineageStep.of("mask", "policy", "p1", "revision", 2)), Progress.NONE);
        Dataset grandchild = catalog.registerTable("features", masked, DatasetKind.DERIVED, Map.of(),
                RoleMapping.empty(), List.of(child.id(), other.id()), List.of(), Progress.NONE);

        assertEquals(RoleMapping.parse("customer_id=CustomerID"), child.roles(), "roles restricted to real columns");
        assertEquals(2, child.steps().getFirst().parameters().get("revision"));
        List<DatasetCatalog.LineageNode> roots = catalog.lineage();
        assertEquals(List.of(raw, other), roots.stream().map(DatasetCatalog.LineageNode::dataset).toList());
        assertEquals(child, roots.getFirst().children().getFirst().dataset());
        assertEquals(grandchild, roots.getFirst().children().getFirst().children().getFirst().dataset());
        assertTrue(roots.get(1).children().isEmpty(), "a join hangs under its first parent only");

        assertEquals(child, catalog.defaultForAnalysis().orElseThrow(), "masked is the default once it exists");
        assertEquals(child, catalog.choicesForAnalysis().getFirst());
        assertFalse(catalog.choicesForAnalysis().get(1).isProtected());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> catalog.require("nix"));
        assertTrue(unknown.getMessage().contains("mall.csv, 其他, mall masked, features"), unknown.getMessage());
    }

    @Test
    void preferredForPicksTheMaskedDescendantThenTheSampleNameThenTheFirstImport(@TempDir Path tmp) throws Exception {
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        Path file = Files.writeString(tmp.resolve("x.csv"), MALL);
        Dataset first = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults()
                .withName("Customer list 2024"), Progress.NONE).dataset();
        DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults().withName("customer_segments.csv"),
                Progress.NONE);
        assertEquals(first, catalog.preferredFor("customer").orElseThrow(), "the first import, not a later table");
        Dataset sample = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults()
                .withName("customers.csv"), Progress.NONE).dataset();
        assertEquals(sample, catalog.preferredFor("customer").orElseThrow(), "the samples' name wins among raw ones");

        Table t = Table.create("m", StringColumn.create("CustomerID", "a", "b", "c"));
        // Named after the export file, which says nothing about customers: found through its parent.
        Dataset masked = catalog.registerTable("export-7.csv", t, DatasetKind.MASKED, Map.of(), RoleMapping.empty(),
                List.of(first.id()), List.of(), Progress.NONE);
        assertEquals(masked, catalog.preferredFor("CUSTOMER").orElseThrow());
        assertTrue(catalog.preferredFor("transaction").isEmpty());
    }

    @Test
    void updatedRolesAreStoredAndADerivedAmountIsARecordedStep(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("retail.csv"), "InvoiceNo,数量,UnitPrice,CustomerID\n"
                + "536365,6,2.55,17850\n536366,2,1.85,NA\n");
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        Dataset d = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults(), Progress.NONE).dataset();

        Dataset mapped = catalog.updateRoles(d, RoleMapping.parse(
                "customer_id=CustomerID,order_id=InvoiceNo,quantity=数量,unit_price=UnitPrice"));
        assertEquals("数量", mapped.roles().column(SemanticRole.QUANTITY).orElseThrow());
        assertEquals(List.of("import", "derive_amount"), mapped.steps().stream().map(LineageStep::kind).toList());
        assertEquals(Map.of("role", "amount", "quantity", "数量", "unit_price", "UnitPrice"),
                mapped.steps().get(1).parameters());
        // Read back from the database.
        assertEquals(mapped, new DatasetCatalog(Workspace.open(tmp.resolve("ws"))).byId(d.id()).orElseThrow());

        // Applying again keeps one derivation step; mapping an amount column removes it.
        Dataset again = catalog.updateRoles(mapped, mapped.roles());
        assertEquals(2, again.steps().size());
        Dataset withAmount = catalog.updateRoles(again, again.roles().with(SemanticRole.AMOUNT, "UnitPrice")
                .without(SemanticRole.UNIT_PRICE));
        assertEquals(List.of("import"), withAmount.steps().stream().map(LineageStep::kind).toList());
        assertEquals(1, catalog.list().size(), "updated in place, nothing new registered");
    }

    @Test
    void confirmedRolesTellWhatATableIsAboutWhateverItsName(@TempDir Path tmp) throws Exception {
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(tmp.resolve("ws")));
        Path retailFile = Files.writeString(tmp.resolve("Online Retail.csv"),
                "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n536365,6,2010-12-01,2.55,17850\n");
        Path mallFile = Files.writeString(tmp.resolve("mall.csv"), MALL);
        Dataset retail = DatasetImport.importFile(catalog, retailFile, DatasetImportOptions.defaults(), Progress.NONE)
                .dataset();
        Dataset mall = DatasetImport.importFile(catalog, mallFile, DatasetImportOptions.defaults(), Progress.NONE)
                .dataset();
        assertTrue(catalog.preferredFor("transaction").isEmpty(), "no name says so and no roles are confirmed");
        assertTrue(catalog.preferredFor("customer").isEmpty());

        retail = catalog.updateRoles(retail, RoleMapping.parse("customer_id=CustomerID,order_id=InvoiceNo,"
                + "timestamp=InvoiceDate,quantity=Quantity,unit_price=UnitPrice"));
        mall = catalog.updateRoles(mall, RoleMapping.parse("customer_id=CustomerID"));
        assertEquals(retail, catalog.preferredFor("transaction").orElseThrow());
        assertEquals(mall, catalog.preferredFor("customer").orElseThrow(), "a customer id alone: customers");

        Table t = Table.create("m", StringColumn.create("CustomerID", "a"));
        Dataset masked = catalog.registerTable("export-1.csv", t, DatasetKind.MASKED, Map.of(), RoleMapping.empty(),
                List.of(retail.id()), List.of(), Progress.NONE);
        assertEquals(masked, catalog.preferredFor("transaction").orElseThrow(), "found through its parent's roles");
        assertEquals(mall, catalog.preferredFor("customer").orElseThrow());
    }
}
