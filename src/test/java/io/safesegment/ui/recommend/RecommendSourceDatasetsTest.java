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
}
