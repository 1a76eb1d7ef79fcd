package io.safesegment.core.privacy.mask;

import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.Well19937c;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Additive noise from a seeded generator (Apache Commons Math distributions): Laplace noise with scale
 * {@code sensitivity / epsilon} — the Laplace mechanism, ε-differentially private for one numeric query of that
 * sensitivity — or Gaussian noise with a given standard deviation. The seed is part of the policy so a run can be
 * repeated exactly.
 */
public final class NoiseOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "noise";

    private final boolean laplace;
    private final double scale;
    private final long seed;

    private NoiseOperator(boolean laplace, double scale, long seed) {
        this.laplace = laplace;
        this.scale = scale;
        this.seed = seed;
    }

    /** Laplace mechanism with privacy budget {@code epsilon} and L1 {@code sensitivity}. */
    public static NoiseOperator laplace(double epsilon, double sensitivity, long seed) {
        if (!(epsilon > 0) || !(sensitivity > 0)) {
            throw new MaskingException("noise: 'epsilon' and 'sensitivity' must be positive");
        }
        return new NoiseOperator(true, sensitivity / epsilon, seed);
    }

    /** Gaussian noise with standard deviation {@code sigma}. */
    public static NoiseOperator gaussian(double sigma, long seed) {
        if (!(sigma > 0)) {
            throw new MaskingException("noise: 'sigma' must be positive");
        }
        return new NoiseOperator(false, sigma, seed);
    }

    /** The Laplace scale b or the Gaussian sigma. */
    public double scale() {
        return scale;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.PERTURBED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // noise of exactly zero is possible in principle
    }

    @Override
    public Column<?> apply(Column<?> column, MaskingContext context) {
        double[] values = NumericValues.read(column, ID);
        Well19937c rng = new Well19937c(seed);
        RealDistribution noise = laplace ? new LaplaceDistribution(rng, 0, scale) : new NormalDistribution(rng, 0, scale);
        DoubleColumn out = DoubleColumn.create(column.name(), values.length);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                out.setMissing(i);
            } else {
                out.set(i, values[i] + noise.sample());
            }
        }
        return out;
    }
}
