package io.safesegment.core.value;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import smile.classification.DecisionTree;
import smile.classification.GradientTreeBoost;
import smile.classification.LinearSVM;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.model.cart.SplitRule;

/** Trains the Smile classifiers on 0/1 labels and returns a scorer of rows. */
final class IntentClassifiers {
    private static final String LABEL = "y";

    private IntentClassifiers() {
    }

    /** A trained model: the score of a raw (unscaled) row; a probability unless {@link #probabilities()}. */
    interface Scorer {
        double score(double[] row);

        /** Whether scores are already probabilities (every model but the SVM). */
        boolean probabilities();
    }

    static Scorer train(IntentModel model, double[][] x, int[] y, long seed) {
        double[][] mean = new double[1][];
        double[][] sd = new double[1][];
        double[][] input = x;
        if (model.scaled()) {
            int k = x[0].length;
            mean[0] = new double[k];
            sd[0] = new double[k];
            for (double[] row : x) {
                for (int j = 0; j < k; j++) {
                    mean[0][j] += row[j] / x.length;
                }
            }
            for (double[] row : x) {
                for (int j = 0; j < k; j++) {
                    sd[0][j] += (row[j] - mean[0][j]) * (row[j] - mean[0][j]) / x.length;
                }
            }
            for (int j = 0; j < k; j++) {
                sd[0][j] = sd[0][j] > 0 ? Math.sqrt(sd[0][j]) : 1; // a constant column stays 0
            }
            input = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                input[i] = scale(x[i], mean[0], sd[0]);
            }
        }
        return switch (model) {
            case LOGISTIC -> {
                LogisticRegression.Binomial m = LogisticRegression.binomial(input, y,
                        new LogisticRegression.Options(0.1, 1e-5, 500));
                yield probability(row -> {
                    double[] post = new double[2];
                    m.predict(scale(row, mean[0], sd[0]), post);
                    return post[1];
                });
            }
            case SVM -> {
                int[] pm = new int[y.length];
                for (int i = 0; i < y.length; i++) {
                    pm[i] = y[i] == 1 ? 1 : -1;
                }
                LinearSVM m = SVM.fit(input, pm, new SVM.Options(1.0));
                yield new Scorer() {
                    @Override
                    public double score(double[] row) {
                        return m.score(scale(row, mean[0], sd[0]));
                    }

                    @Override
                    public boolean probabilities() {
                        return false;
                    }
                };
            }
            case TREE, FOREST, GBM -> trees(model, input, y, seed);
        };
    }

    private static Scorer trees(IntentModel model, double[][] x, int[] y, long seed) {
        String[] names = new String[x[0].length];
        for (int j = 0; j < names.length; j++) {
            names[j] = "f" + j; // one-hot names (city=Beijing) are not valid formula terms
        }
        DataFrame df = DataFrame.of(x, names).add(new IntVector(LABEL, y));
        Formula formula = Formula.lhs(LABEL);
        StructType schema = DataFrame.of(new double[][] {x[0]}, names).schema();
        java.util.function.Function<double[], Tuple> tuple = row -> Tuple.of(schema, box(row));
        return switch (model) {
            case TREE -> {
                DecisionTree t = DecisionTree.fit(formula, df, new DecisionTree.Options(SplitRule.GINI, 8, 64, 5));
                yield probability(row -> posterior(t::predict, tuple.apply(row)));
            }
            case FOREST -> {
                int trees = 100;
                long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
                RandomForest f = RandomForest.fit(formula, df, new RandomForest.Options(trees, 0, SplitRule.GINI, 20,
                        500, 5, 1.0, null, seeds, null));
                yield probability(row -> posterior(f::predict, tuple.apply(row)));
            }
            default -> {
                // subsample 1.0: Smile's row sampling draws from its global generator, which no seed of ours reaches
                GradientTreeBoost g = GradientTreeBoost.fit(formula, df, new GradientTreeBoost.Options(100, 4, 6, 5,
                        0.1, 1.0, null, null));
                yield probability(row -> posterior(g::predict, tuple.apply(row)));
            }
        };
    }

    private interface SoftPredict {
        int predict(Tuple t, double[] posterior);
    }

    private static double posterior(SoftPredict m, Tuple t) {
        double[] post = new double[2];
        m.predict(t, post);
        return post[1];
    }

    private static Object[] box(double[] row) {
        Object[] o = new Object[row.length];
        for (int j = 0; j < row.length; j++) {
            o[j] = row[j];
        }
        return o;
    }

    private static Scorer probability(java.util.function.ToDoubleFunction<double[]> f) {
        return new Scorer() {
            @Override
            public double score(double[] row) {
                return f.applyAsDouble(row);
            }

            @Override
            public boolean probabilities() {
                return true;
            }
        };
    }

    private static double[] scale(double[] row, double[] mean, double[] sd) {
        if (mean == null) {
            return row;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - mean[j]) / sd[j];
        }
        return out;
    }

    /** A scorer followed by a calibrator. */
    static Scorer calibrated(Scorer s, DoubleUnaryOperator calibrator) {
        return new Scorer() {
            @Override
            public double score(double[] row) {
                return calibrator.applyAsDouble(s.score(row));
            }

            @Override
            public boolean probabilities() {
                return true;
            }
        };
    }
}
