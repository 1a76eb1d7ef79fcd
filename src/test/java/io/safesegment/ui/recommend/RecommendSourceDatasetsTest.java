package io.safesegment.ui.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Recommendations input picker preselects the masked transactions once they exist. */
class RecommendSourceDatasetsTest {
    @Test
    void maskedTransactionsArePreselectedAndRecordedByIdOnceTheyExist(@TempDir Path tmp) throws Exception {
        Workspace workspace = Workspace.open(tmp.resolve("ws"));
        for (String name : List.of("transactions.csv", "products.csv")) {
            workspace.registerDataset(name, Files.writeString(tmp.resolve(name), "a\n1\n"), "csv");
        }
        RecommendSource source = new RecommendSource();
        source.refresh(workspace);
        assertEquals("transactions.csv", source.transactionsProperty().get());

        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Dataset raw = catalog.require("transactions.csv");
        Dataset masked = catalog.registerTable("交易-masked.csv", Table.create("t", StringColumn.create("a", "x")),
                DatasetKind.MASKED, Map.of(), RoleMapping.empty(), List.of(raw.id()), List.of(), Progress.NONE);
        source.refresh(workspace);
        assertEquals("交易-masked.csv", source.transactionsProperty().get());
        assertEquals("products.csv", source.productsProperty().get());
        assertEquals(List.of(new RunDatasets.Used("transactions", masked.id(), "交易-masked.csv"),
                new RunDatasets.Used("products", catalog.require("products.csv").id(), "products.csv")),
                source.usedDatasets(workspace));

        // A user who picks the raw dataset again keeps it until another protected dataset appears.
        source.transactionsProperty().set("transactions.csv");
        source.refresh(workspace);
        assertEquals("transactions.csv", source.transactionsProperty().get());
        Dataset newer = catalog.registerTable("tx-v2.csv", Table.create("t", StringColumn.create("a", "y")),
                DatasetKind.MASKED, Map.of(), RoleMapping.empty(), List.of(raw.id()), List.of(), Progress.NONE);
        source.refresh(workspace);
        assertEquals(newer.name(), source.transactionsProperty().get());
    }

    @Test
    void rolesSavedWithTheTransactionsAreUsedForInteractionsAndRfm(@TempDir Path tmp) throws Exception {
        Workspace workspace = Workspace.open(tmp.resolve("ws"));
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        // No column name a suggester knows: only the roles confirmed in the mapping panel say what is what.
        Dataset belege = io.safesegment.core.data.dataset.DatasetImport.importFile(catalog,
                Files.writeString(tmp.resolve("belege.csv"), "Beleg,Kennung,Artikel,Zeitpunkt,Betrag\n"
                        + "B1,K1,A1,2025-03-01 10:00:00,12.5\nB1,K1,A2,2025-03-01 10:00:00,3\n"
                        + "B2,K2,A1,2025-03-02 11:00:00,7\nB3,K3,A3,2025-03-04 09:00:00,3.25\n"
                        + "B4,K1,A3,2025-03-09 12:00:00,20\n"),
                io.safesegment.core.data.dataset.DatasetImportOptions.defaults(), Progress.NONE).dataset();
        RoleMapping roles = RoleMapping.parse("order_id=Beleg,customer_id=Kennung,product_id=Artikel,"
                + "timestamp=Zeitpunkt,amount=Betrag");
        catalog.updateRoles(belege, roles);
        RecommendSource source = new RecommendSource();
        source.refresh(workspace);
        assertEquals("belege.csv", source.transactionsProperty().get(), "preselected by its confirmed roles");
        assertEquals(null, source.ratingsProperty().get(), "no rating role, no ratings dataset");
        source.segmentSourceProperty().set(SegmentSource.RFM);

        SourceChoice choice = source.choice(workspace);
        assertEquals(roles, choice.roles());
        BuiltInteractions built = BuiltInteractions.build(choice, Progress.NONE);
        assertEquals(List.of("K1", "K2", "K3"), built.customers());
        assertEquals(3, built.loaded().matrix().columns(), "three products");
        assertEquals(3, built.loaded().segments().size(), "RFM found the customers through the saved roles");
    }
}
