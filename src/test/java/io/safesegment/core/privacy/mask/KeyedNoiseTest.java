package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Issue #13, item 2: the noise used to come from the policy's seed, so masking a copy with every income set to 0 and
 * subtracting recovered 5,003 of 5,003 incomes. The noise is now keyed from the workspace vault per dataset, column
 * and column values.
 */
class KeyedNoiseTest {
    static final int ROWS = 5_003;

    static Table customers(boolean zeroIncome) {
        Random rnd = new Random(13);
        StringColumn ids = StringColumn.create("客户编号");
        DoubleColumn income = DoubleColumn.create("年收入");
        for (int i = 0; i < ROWS; i++) {
            ids.append("C-" + i);
            income.append(zeroIncome ? 0 : Math.round(20_000 + rnd.nextDouble() * 180_000));
        }
        return Table.create("customers.csv", ids, income);
    }

    static MaskingPolicy noisePolicy(Map<String, Object> extra) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("epsilon", 1.0, "lower", 0, "upper", 200_000));
        params.putAll(extra);
        // seed 42 is what old policies carry; it must not matter any more
        params.put("seed", 42);
        return new MaskingPolicy(1, "p", 1, "noise", Instant.EPOCH, Map.of(),
                List.of(new MaskingRule("年收入", "noise", params)));
    }

    static double[] masked(Table t, MaskingPolicy policy, KeyMaterial keys) {
        return ((DoubleColumn) MaskingEngine.apply(t, policy, keys, "customers.csv", Progress.NONE).masked()
                .column("年收入")).asDoubleArray();
    }

    @Test
    void subtractingTheNoiseOfAZeroedCopyNoLongerRecoversIncomes() {
        KeyMaterial workspace = KeyMaterial.fromSeed("workspace A".getBytes());
        Table real = customers(false);
        Table zeroed = customers(true);
        MaskingPolicy policy = noisePolicy(Map.of());
        double[] releasedReal = masked(real, policy, workspace);
        double[] releasedZero = masked(zeroed, policy, workspace);
        double[] incomes = real.doubleColumn("年收入").asDoubleArray();
        int recovered = 0;
        for (int i = 0; i < ROWS; i++) {
            if (Math.abs(releasedReal[i] - releasedZero[i] - incomes[i]) < 0.5) {
                recovered++;
            }
        }
        // With independent Laplace(200,000) noise a guess lands within ±0.5 with probability ≈ 2.5e-6 per row.
        assertTrue(recovered <= 2, "recovered " + recovered + " of " + ROWS + " incomes");
    }

    @Test
    void sameKeyAndDatasetAreStableAnotherWorkspaceKeyIsNot() {
        Table real = customers(false);
        MaskingPolicy policy = noisePolicy(Map.of());
        double[] a1 = masked(real, policy, KeyMaterial.fromSeed("workspace A".getBytes()));
        double[] a2 = masked(customers(false), policy, KeyMaterial.fromSeed("workspace A".getBytes()));
        double[] b = masked(real, policy, KeyMaterial.fromSeed("workspace B".getBytes()));
        assertTrue(java.util.Arrays.equals(a1, a2), "same key + same dataset → the same release");
        int equal = 0;
        for (int i = 0; i < ROWS; i++) {
            if (a1[i] == b[i]) {
                equal++;
            }
        }
        assertEquals(0, equal, "another workspace key gives unrelated noise");
        double[] otherSeed = masked(real, noisePolicy(Map.of("seed", 7)), KeyMaterial.fromSeed("workspace A".getBytes()));
        assertTrue(java.util.Arrays.equals(a1, otherSeed), "the policy seed no longer influences the noise");
        double[] otherDataset = ((DoubleColumn) MaskingEngine.apply(real, policy, KeyMaterial.fromSeed("workspace A".getBytes()),
                "customers-2025.csv", Progress.NONE).masked().column("年收入")).asDoubleArray();
        assertNotEquals(a1[0], otherDataset[0], "noise is per dataset");
    }

    @Test
    void twoRealWorkspaceVaultsGiveUnrelatedNoiseAndEachIsStable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var cheap = new io.safesegment.core.crypto.Argon2Params(8 * 1024, 1, 1);
        MaskingPolicy policy = noisePolicy(Map.of());
        Table real = customers(false);
        double[] a1;
        double[] a2;
        double[] b;
        try (var vaultA = io.safesegment.core.crypto.vault.KeyVault.create(dir.resolve("A"), "pw-a".toCharArray(), cheap);
             var vaultB = io.safesegment.core.crypto.vault.KeyVault.create(dir.resolve("B"), "pw-b".toCharArray(), cheap)) {
            vaultA.create(NoiseOperator.DEFAULT_KEY, io.safesegment.core.crypto.KeyPurpose.PSEUDONYM_HMAC);
            vaultB.create(NoiseOperator.DEFAULT_KEY, io.safesegment.core.crypto.KeyPurpose.PSEUDONYM_HMAC);
            a1 = masked(real, policy, new VaultKeyMaterial(vaultA));
            a2 = masked(real, policy, new VaultKeyMaterial(vaultA));
            b = masked(real, policy, new VaultKeyMaterial(vaultB));
        }
        assertTrue(java.util.Arrays.equals(a1, a2), "same vault, same dataset: stable");
        double meanAbsDiff = 0;
        for (int i = 0; i < ROWS; i++) {
            meanAbsDiff += Math.abs(a1[i] - b[i]) / ROWS;
        }
        // two independent Laplace(b = 200,000) draws differ by about 1.5·b on average
        assertTrue(meanAbsDiff > 150_000, "unrelated noise between workspaces: " + meanAbsDiff);
    }

    @Test
    void laplaceAndGaussianScalesMatchTheMechanisms() {
        double[] values = new double[40_000]; // all 0, inside [−10, 10]
        Table t = Table.create("t", DoubleColumn.create("x", values));
        KeyMaterial keys = KeyMaterial.fromSeed(new byte[] {3});
        NoiseOperator laplace = NoiseOperator.laplace(0.8, -10, 10, "k");
        assertEquals(25, laplace.scale(), 1e-12, "b = Δ/ε = 20/0.8");
        double[] l = ((DoubleColumn) laplace.apply(t.column(0), new MaskingContext(t, keys))).asDoubleArray();
        double mean = java.util.Arrays.stream(l).average().orElseThrow();
        double var = java.util.Arrays.stream(l).map(v -> (v - mean) * (v - mean)).sum() / (l.length - 1);
        assertEquals(0, mean, 0.6, "mean ≈ 0 (sd of the mean ≈ 0.18)");
        assertEquals(2 * 25 * 25, var, 2 * 25 * 25 * 0.08, "Var = 2b²");
        double within = java.util.Arrays.stream(l).filter(v -> Math.abs(v) <= 25).count() / (double) l.length;
        assertEquals(1 - Math.exp(-1), within, 0.015, "P(|X| ≤ b) = 1 − 1/e");

        NoiseOperator gauss = NoiseOperator.gaussian(0.5, 1e-6, -10, 10, "k");
        double sigma = 20 * Math.sqrt(2 * Math.log(1.25 / 1e-6)) / 0.5;
        assertEquals(sigma, gauss.scale(), 1e-9);
        double[] g = ((DoubleColumn) gauss.apply(t.column(0), new MaskingContext(t, keys))).asDoubleArray();
        double sd = Math.sqrt(java.util.Arrays.stream(g).map(v -> v * v).sum() / g.length);
        assertEquals(sigma, sd, sigma * 0.03);
        double oneSigma = java.util.Arrays.stream(g).filter(v -> Math.abs(v) <= sigma).count() / (double) g.length;
        assertEquals(0.6827, oneSigma, 0.015);
    }

    @Test
    void valuesAreClampedToTheDeclaredBoundsBeforeNoise() {
        // One outlier far above the bounds must not shift its output by more than the noise around the bound.
        DoubleColumn x = DoubleColumn.create("x", new double[] {1e12, -1e12, Double.NaN});
        Table t = Table.create("t", x);
        double[] out = ((DoubleColumn) NoiseOperator.laplace(10, 0, 100, "k")
                .apply(x, new MaskingContext(t, KeyMaterial.fromSeed(new byte[] {5})))).asDoubleArray();
        assertTrue(Math.abs(out[0] - 100) < 1_000, "clamped to the upper bound: " + out[0]);
        assertTrue(Math.abs(out[1]) < 1_000, "clamped to the lower bound: " + out[1]);
        assertTrue(Double.isNaN(out[2]), "missing stays missing");
    }

    @Test
    void keyedRandomIsUniformAndUnbiased() {
        KeyedRandom r = KeyedRandom.forColumn(KeyMaterial.fromSeed(new byte[] {9}), "k", "test", "d", "c", new byte[0]);
        int[] buckets = new int[10];
        for (int i = 0; i < 100_000; i++) {
            buckets[r.nextInt(10)]++;
        }
        for (int b : buckets) {
            assertEquals(10_000, b, 450, java.util.Arrays.toString(buckets)); // ±4.7 sd
        }
        double sum = 0;
        for (int i = 0; i < 100_000; i++) {
            double u = r.nextDouble();
            assertTrue(u >= 0 && u < 1);
            sum += u;
        }
        assertEquals(0.5, sum / 100_000, 0.005);
    }
}
