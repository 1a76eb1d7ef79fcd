package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * {@link KeyedRandom#seek} and {@link KeyedRandom#position}, which let an engine mask a noise column in pieces
 * (Spark, issue 22): a stream moved to word n gives what a fresh stream gives after n words, across the 8 KiB
 * buffer and AES counter boundaries, forward and back; and pieces perturbed from their seeked positions equal the
 * whole column's noise to the bit.
 */
class KeyedRandomSeekTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed("seek test".getBytes());

    private static KeyedRandom stream() {
        return KeyedRandom.forColumn(KEYS, "perturbation", "noise:LAPLACE", "d.csv", "income", new byte[32]);
    }

    @Test
    void aSeekedStreamGivesTheWordsAFreshStreamGivesAtThatPosition() {
        KeyedRandom fresh = stream();
        long[] words = new long[5000]; // 40,000 bytes: four refills of the 8 KiB buffer
        for (int i = 0; i < words.length; i++) {
            assertEquals(i, fresh.position());
            words[i] = fresh.nextLong();
        }
        KeyedRandom seeked = stream();
        for (long at : new long[] {4999, 0, 1, 1023, 1024, 1025, 2047, 2048, 3000, 17, 4096}) {
            seeked.seek(at);
            assertEquals(at, seeked.position());
            for (long i = at; i < Math.min(words.length, at + 1100); i++) { // reads over the next buffer boundary
                assertEquals(words[(int) i], seeked.nextLong(), "word " + i + " after seek(" + at + ")");
            }
        }
        assertThrows(LocalizedArgumentException.class, () -> seeked.seek(-1));
    }

    @Test
    void laplaceAndGaussianAdvanceByOneAndTwoWordsPerValue() {
        KeyedRandom r = stream();
        r.laplace(1);
        assertEquals(1, r.position()); // a rejection needs 53 zero bits: probability 2^-53
        r.gaussian(1);
        assertEquals(3, r.position());
        KeyedRandom sampled = stream();
        KeyedRandom skipped = stream();
        for (int i = 0; i < 3000; i++) {
            sampled.laplace(2.5);
        }
        skipped.skipLaplace(3000);
        assertEquals(sampled.position(), skipped.position());
        assertEquals(sampled.nextLong(), skipped.nextLong());
        for (int i = 0; i < 3000; i++) {
            sampled.gaussian(2.5);
        }
        skipped.skipGaussian(3000);
        assertEquals(sampled.position(), skipped.position());
        assertEquals(sampled.nextLong(), skipped.nextLong());
    }

    @Test
    void piecesPerturbedFromTheirPositionsEqualTheWholeColumnToTheBit() {
        double[] values = new double[3000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7 == 0 ? Double.NaN : 1000 + i * 3.5;
        }
        DoubleColumn income = DoubleColumn.create("income", values);
        MaskingPolicy policy = new MaskingPolicy(1, "p", 1, "noise", Instant.EPOCH, Map.of(), List.of(
                new MaskingRule("income", "noise", Map.of("mechanism", "gaussian", "epsilon", 0.5, "delta", 1e-6,
                        "lower", 0, "upper", 20_000))));
        double[] whole = ((DoubleColumn) MaskingEngine.apply(Table.create("d.csv", income), policy, KEYS, "d.csv",
                Progress.NONE).masked().column("income")).asDoubleArray();

        NoiseOperator op = NoiseOperator.gaussian(0.5, 1e-6, 0, 20_000, "perturbation");
        byte[] fingerprint = KeyedRandom.fingerprint(values);
        double[] pieces = new double[values.length];
        int[] cuts = {0, 1, 999, 1000, 2047, 3000};
        long position = 0;
        for (int p = 0; p + 1 < cuts.length; p++) {
            KeyedRandom r = KeyedRandom.forColumn(KEYS, "perturbation", op.streamPurpose(), "d.csv", "income",
                    fingerprint);
            r.seek(position);
            DoubleColumn piece = (DoubleColumn) op.applyPiece(income.inRange(cuts[p], cuts[p + 1]), r);
            System.arraycopy(piece.asDoubleArray(), 0, pieces, cuts[p], piece.size());
            position = r.position();
        }
        assertArrayEquals(whole, pieces);
    }
}
