package io.safesegment.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.PiiDetector;
import io.safesegment.core.privacy.mask.VaultKeyMaterial;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.policy.PolicySuggester;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.metrics.AdjustedRandIndex;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Keyed pseudonyms are consistent across files (#12 item 3): customers and transactions masked with the same
 * workspace key still join, and segmenting the masked data gives the same segments as the raw data.
 */
class MaskedSegmentationTest {
    private static final Path SAMPLES = Path.of("sample-datasets");

    @TempDir
    Path workspace;

    @Test
    void maskedCustomersJoinMaskedTransactionsAndSegmentLikeTheRawData() throws IOException {
        CustomerData raw = SegmentTables.read(SAMPLES.resolve("customers.csv"), SAMPLES.resolve("transactions.csv"),
                SAMPLES.resolve("products.csv"), Progress.NONE);
        MaskingPolicy customerPolicy = PolicySuggester.suggest(PiiDetector.standard().scan(raw.customers(), Progress.NONE));
        MaskingRule idRule = customerPolicy.ruleFor("customer_id").orElseThrow();
        assertEquals("pseudonym", idRule.operator());
        MaskingPolicy transactionPolicy = new MaskingPolicy(1, "tx", 1, "transactions", Instant.EPOCH,
                Map.of("customer_id", ColumnRole.DIRECT_IDENTIFIER), List.of(idRule));

        Table maskedCustomers;
        Table maskedTransactions;
        try (KeyVault vault = KeyVault.create(workspace, "pw".toCharArray(), new Argon2Params(256, 1, 1))) {
            vault.create(OperatorFactory.DEFAULT_KEY, KeyPurpose.PSEUDONYM_HMAC);
            VaultKeyMaterial keys = new VaultKeyMaterial(vault);
            maskedCustomers = MaskingEngine.apply(raw.customers(), customerPolicy, keys, Progress.NONE).masked();
            maskedTransactions = MaskingEngine.apply(raw.transactions(), transactionPolicy, keys, Progress.NONE).masked();
        }

        // The join survives: every transaction's masked id is a masked customer, as every raw id is a raw customer
        Set<String> rawCustomers = new HashSet<>(raw.customers().stringColumn("customer_id").asList());
        Set<String> maskedIds = new HashSet<>(maskedCustomers.stringColumn("customer_id").asList());
        long rawMatches = raw.transactions().stringColumn("customer_id").asList().stream()
                .filter(rawCustomers::contains).count();
        long maskedMatches = maskedTransactions.stringColumn("customer_id").asList().stream()
                .filter(maskedIds::contains).count();
        assertEquals(raw.transactions().rowCount(), rawMatches);
        assertEquals(rawMatches, maskedMatches);
        assertFalse(maskedIds.stream().anyMatch(rawCustomers::contains), "no raw id left in the masked customers");

        // Pseudonym → raw id, by row order of the customers table
        Map<String, String> rawIdOf = new HashMap<>();
        for (int i = 0; i < raw.customers().rowCount(); i++) {
            rawIdOf.put(maskedCustomers.stringColumn("customer_id").get(i), raw.customers().stringColumn("customer_id").get(i));
        }

        FeatureMatrix rawFeatures = FeatureBuilder.build(raw, FeatureOptions.defaults(), Progress.NONE);
        FeatureMatrix maskedFeatures = FeatureBuilder.build(
                new CustomerData(maskedCustomers, maskedTransactions, raw.products()), FeatureOptions.defaults(),
                Progress.NONE);
        ClusteringRun rawRun = Segmenter.run(rawFeatures, SegmentOptions.kmeans(5, 42), Progress.NONE);
        ClusteringRun maskedRun = Segmenter.run(maskedFeatures, SegmentOptions.kmeans(5, 42), Progress.NONE);

        assertEquals(rawFeatures.rows(), maskedFeatures.rows());
        Map<String, Integer> rawLabel = new HashMap<>();
        for (int i = 0; i < rawFeatures.rows(); i++) {
            rawLabel.put(rawFeatures.customerIds().get(i), rawRun.labels()[i]);
        }
        int[] a = new int[maskedFeatures.rows()];
        int[] b = new int[maskedFeatures.rows()];
        Map<Integer, Integer> rawToMasked = new HashMap<>();
        Map<Integer, Integer> maskedToRaw = new HashMap<>();
        for (int i = 0; i < maskedFeatures.rows(); i++) {
            String rawId = rawIdOf.get(maskedFeatures.customerIds().get(i));
            int rawSegment = rawLabel.get(rawId);
            int maskedSegment = maskedRun.labels()[i];
            a[i] = rawSegment;
            b[i] = maskedSegment;
            // Equal partitions: the label correspondence is one-to-one in both directions
            assertEquals(maskedSegment, rawToMasked.computeIfAbsent(rawSegment, x -> maskedSegment), "customer " + rawId);
            assertEquals(rawSegment, maskedToRaw.computeIfAbsent(maskedSegment, x -> rawSegment), "customer " + rawId);
        }
        assertEquals(5, rawToMasked.size());
        assertEquals(1.0, AdjustedRandIndex.of(a, b), 1e-12);
        assertTrue(rawFeatures.rows() >= 5000);
    }
}
