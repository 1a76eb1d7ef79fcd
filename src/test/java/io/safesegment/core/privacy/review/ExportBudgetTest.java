package io.safesegment.core.privacy.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's masked export spends differential-privacy budget like {@code mask --workspace}: each release with a noise
 * rule is charged to the source dataset, one beyond the total is refused and writes nothing, and without a workspace
 * noise rules are refused (no unbudgeted release).
 */
class ExportBudgetTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {7, 8, 9});

    @Test
    void noiseReleasesAreChargedAndRefusedBeyondTheTotal(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("收入.csv"), "邮箱,收入\nann@example.com,40000\n"
                + "bob@example.org,52000\ncy@example.net,61000\n");
        Workspace ws = Workspace.open(dir.resolve("ws"));
        DatasetCatalog catalog = new DatasetCatalog(ws);
        Dataset source = DatasetImport.importFile(catalog, file, DatasetImportOptions.defaults()
                .withRoles(RoleMapping.empty()), Progress.NONE).dataset();
        MaskingPolicy policy = new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, "dp", 1, "t", Instant.EPOCH,
                Map.of("邮箱", ColumnRole.DIRECT_IDENTIFIER, "收入", ColumnRole.SENSITIVE),
                List.of(MaskingRule.of("邮箱", "redact"),
                        new MaskingRule("收入", "noise", Map.of("epsilon", 1.5, "lower", 0, "upper", 200000))));
        PrivacyBudgetLedger ledger = PrivacyBudgetLedger.in(ws.directory());
        ledger.setTotal(source.name(), 2.0, 1e-5);
        var lineage = new MaskedDatasets.Lineage(catalog, source);

        MaskedExport.Outcome first = MaskedExport.export(io.safesegment.core.data.dataset.DatasetExport.load(source, Progress.NONE), policy, KEYS, source.file(),
                dir.resolve("r1.csv"), lineage, Progress.NONE);
        assertFalse(first.blocked());
        assertEquals(1.5, ledger.status(source.name()).spentEpsilon(), 1e-12);

        Path second = dir.resolve("r2.csv");
        PolicyException refused = assertThrows(PolicyException.class, () -> MaskedExport.export(
                io.safesegment.core.data.dataset.DatasetExport.load(source, Progress.NONE), policy, KEYS, source.file(), second, lineage, Progress.NONE));
        assertTrue(refused.getMessage().toLowerCase().contains("budget"), refused.getMessage());
        assertFalse(Files.exists(second), "nothing released beyond the budget");
        assertEquals(1.5, ledger.status(source.name()).spentEpsilon(), 1e-12);

        assertThrows(PolicyException.class, () -> MaskedExport.export(io.safesegment.core.data.dataset.DatasetExport.load(source, Progress.NONE), policy, KEYS,
                source.file(), dir.resolve("r3.csv"), Progress.NONE), "no workspace, no unbudgeted noise");
    }
}
