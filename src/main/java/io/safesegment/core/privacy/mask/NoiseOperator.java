package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * Differentially private perturbation of each value: the value is clamped to the declared bounds
 * [{@code lower}, {@code upper}] — which fixes the sensitivity Δ = upper − lower of one person's value — and noise
 * is added from either
 * <ul>
 *   <li>the <b>Laplace mechanism</b>: Laplace(0, Δ/ε), ε-differentially private; or</li>
 *   <li>the <b>Gaussian mechanism</b>: Normal(0, σ²) with σ = Δ·√(2 ln(1.25/δ))/ε (Dwork &amp; Roth, Thm A.1,
 *       valid for 0 &lt; ε &lt; 1), (ε, δ)-differentially private.</li>
 * </ul>
 * The noise is drawn from a {@link KeyedRandom} keyed from the workspace vault per dataset and column, never from
 * the policy: whoever holds the policy cannot regenerate the noise and subtract it. The ε (and δ) of every noise
 * rule is charged to the dataset's privacy budget by the caller (see {@code PrivacyBudgetLedger}).
 *
 * <p>Missing values stay missing (whether a value is missing is not protected). Floating-point Laplace sampling
 * has the known least-significant-bit weakness (Mironov 2012); outputs are not snapped.
 */
public final class NoiseOperator implements MaskingOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "noise";
    /** Default vault key (purpose PSEUDONYM_HMAC) from which the noise streams are derived. */
    public static final String DEFAULT_KEY = "perturbation";
    /** Largest ε one rule may declare; beyond it the noise protects nothing (and no budget would allow it). */
    public static final double MAX_EPSILON = 10;

    /** The differential-privacy mechanism. */
    public enum Mechanism { LAPLACE, GAUSSIAN }

    private final Mechanism mechanism;
    private final double epsilon;
    private final double delta;
    private final double lower;
    private final double upper;
    private final double scale;
    private final String keyName;

    private NoiseOperator(Mechanism mechanism, double epsilon, double delta, double lower, double upper, String keyName) {
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new InvalidParameterException(ID, "epsilon", Message.of("mask.noiseOperator.mustBeAPositive", String.valueOf(epsilon)));
        }
        if (epsilon > MAX_EPSILON) {
            throw new InvalidParameterException(ID, "epsilon", Message.of("mask.noiseOperator.mustBeAtMost", String.valueOf(MAX_EPSILON), String.valueOf(epsilon)));
        }
        if (!Double.isFinite(lower)) {
            throw new InvalidParameterException(ID, "lower", Message.of("mask.noiseOperator.mustBeAFinite", String.valueOf(lower)));
        }
        if (!Double.isFinite(upper) || !(upper > lower)) {
            throw new InvalidParameterException(ID, "upper", Message.of("mask.noiseOperator.mustBeAFinite2", String.valueOf(upper)));
        }
        double sensitivity = upper - lower;
        if (!Double.isFinite(sensitivity)) {
            throw new InvalidParameterException(ID, "upper", Message.of("mask.noiseOperator.minusLowerTheSensitivity"));
        }
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.noiseOperator.mustNameAWorkspace"));
        }
        if (mechanism == Mechanism.GAUSSIAN) {
            if (!(epsilon < 1)) {
                throw new InvalidParameterException(ID, "epsilon", Message.of("mask.noiseOperator.mustBeBelow1", String.valueOf(epsilon)));
            }
            if (!(delta > 0) || !(delta < 1)) {
                throw new InvalidParameterException(ID, "delta", Message.of("mask.noiseOperator.mustBeBetween0", String.valueOf(delta)));
            }
            scale = sensitivity * Math.sqrt(2 * Math.log(1.25 / delta)) / epsilon;
        } else {
            scale = sensitivity / epsilon;
        }
        if (!Double.isFinite(scale)) {
            throw new InvalidParameterException(ID, "epsilon", Message.of("mask.noiseOperator.givesAnInfiniteNoise"));
        }
        this.mechanism = mechanism;
        this.epsilon = epsilon;
        this.delta = mechanism == Mechanism.GAUSSIAN ? delta : 0;
        this.lower = lower;
        this.upper = upper;
        this.keyName = keyName;
    }

    /** The Laplace mechanism with budget {@code epsilon} on values clamped to [lower, upper]. */
    public static NoiseOperator laplace(double epsilon, double lower, double upper, String keyName) {
        return new NoiseOperator(Mechanism.LAPLACE, epsilon, 0, lower, upper, keyName);
    }

    /** The Gaussian mechanism with budget ({@code epsilon}, {@code delta}) on values clamped to [lower, upper]. */
    public static NoiseOperator gaussian(double epsilon, double delta, double lower, double upper, String keyName) {
        return new NoiseOperator(Mechanism.GAUSSIAN, epsilon, delta, lower, upper, keyName);
    }

    /** The mechanism. */
    public Mechanism mechanism() {
        return mechanism;
    }

    /** The Laplace scale b or the Gaussian σ. */
    public double scale() {
        return scale;
    }

    /** The ε this rule spends per release. */
    public double epsilon() {
        return epsilon;
    }

    /** The δ this rule spends per release (0 for Laplace). */
    public double delta() {
        return delta;
    }

    /** The sensitivity Δ = upper − lower. */
    public double sensitivity() {
        return upper - lower;
    }

    /** The vault key the noise is derived from. */
    public String keyName() {
        return keyName;
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
        return perturb(column.name(), values, KeyedRandom.forColumn(context.keys(), keyName, streamPurpose(),
                context.datasetId(), column.name(), KeyedRandom.fingerprint(values)));
    }

    /** The purpose that separates this mechanism's streams in {@link KeyedRandom#forColumn}. */
    public String streamPurpose() {
        return "noise:" + mechanism;
    }

    /**
     * Perturbs a piece of a column with {@code random} positioned where the piece's first value starts in the whole
     * column's stream ({@link KeyedRandom#seek}): for an engine that masks a column in pieces (Spark), so that the
     * pieces together equal {@link #apply} on the whole column. The stream advances past the piece.
     */
    public Column<?> applyPiece(Column<?> column, KeyedRandom random) {
        return perturb(column.name(), NumericValues.read(column, ID), random);
    }

    private DoubleColumn perturb(String name, double[] values, KeyedRandom random) {
        DoubleColumn out = DoubleColumn.create(name, values.length);
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                out.setMissing(i);
            } else {
                double clamped = Math.min(upper, Math.max(lower, values[i]));
                double noise = mechanism == Mechanism.LAPLACE ? random.laplace(scale) : random.gaussian(scale);
                out.set(i, clamped + noise);
            }
        }
        return out;
    }
}
