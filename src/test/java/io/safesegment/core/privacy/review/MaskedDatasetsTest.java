package io.safesegment.core.privacy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's masked export keeps the masked table as a child dataset of its source. */
class MaskedDatasetsTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {4, 5, 6});

    @Test
    void cleanExportRegistersAMaskedChildAndABlockedOneDoesNot(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("会员.csv"), "邮箱,城市,消费\nann@example.com,北京,40\n"
                + "bob@example.org,上海,50\ncy@example.net,北京,60\n");
        DatasetCatalog catalog = new DatasetCatalog(Workspace.open(dir.resolve("ws")));
        Dataset source = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults()
                .withRoles(RoleMapping.parse("amount=消费")), Progress.NONE).dataset();
        MaskingPolicy masking = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "会员-policy", 3, "t", Instant.EPOCH,
                Map.of("邮箱", ColumnRole.DIRECT_IDENTIFIER, "城市", ColumnRole.QUASI_IDENTIFIER),
                List.of(MaskingRule.of("邮箱", "redact")));

        MaskedExport.Outcome outcome = MaskedExport.export(DatasetExportLoad.load(source), masking, KEYS, source.file(),
                dir.resolve("out.csv"), new MaskedDatasets.Lineage(catalog, source), Progress.NONE);

        assertFalse(outcome.blocked());
        Dataset masked = outcome.dataset();
        assertEquals(DatasetKind.MASKED, masked.kind());
        assertEquals(List.of(source.id()), masked.parents());
        assertEquals(ColumnRole.QUASI_IDENTIFIER, masked.privacyRoles().get("城市"));
        assertEquals(source.roles(), masked.roles());
        assertEquals("mask", masked.steps().getFirst().kind());
        assertEquals("会员-policy", masked.steps().getFirst().parameters().get("policy"));
        assertEquals(Map.of("邮箱", "redact"), masked.steps().getFirst().parameters().get("operators"));
        assertTrue(masked.file().startsWith(catalog.workspace().dataDirectory()));
        assertFalse(Files.readString(masked.file()).contains("ann@example.com"));
        assertEquals(masked, catalog.defaultForAnalysis().orElseThrow());

        MaskingPolicy keepAll = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "keep", 1, "t", Instant.EPOCH,
                Map.of("邮箱", ColumnRole.DIRECT_IDENTIFIER), List.of(MaskingRule.of("邮箱", "keep")));
        MaskedExport.Outcome blocked = MaskedExport.export(DatasetExportLoad.load(source), keepAll, KEYS,
                source.file(), dir.resolve("leak.csv"), new MaskedDatasets.Lineage(catalog, source), Progress.NONE);
        assertTrue(blocked.blocked());
        assertNull(blocked.dataset());
        assertEquals(2, catalog.list().size());
    }

    /** Loads a dataset the way the sections do. */
    private static final class DatasetExportLoad {
        static tech.tablesaw.api.Table load(Dataset d) {
            return io.safesegment.core.data.dataset.DatasetExport.load(d, Progress.NONE);
        }
    }
}
