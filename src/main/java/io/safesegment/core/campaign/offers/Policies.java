package io.safesegment.core.campaign.offers;

import java.util.SplittableRandom;

/**
 * The policies compared by the simulation. Bandits learn one-step reward per state (contextual, tabular): ε-greedy
 * (Sutton &amp; Barto 2018, §2.2), UCB1 (Auer, Cesa-Bianchi &amp; Fischer 2002) and Thompson sampling with a Beta
 * posterior on the purchase probability times the offer's known value per purchase (Chapelle &amp; Li 2011).
 * Q-learning (Watkins 1989) and SARSA (Rummery &amp; Niranjan 1994) learn discounted multi-step value, so they can
 * prefer an offer that keeps the customer active over one that earns more now.
 */
public final class Policies {
    private Policies() {
    }

    private abstract static class Tabular implements Policy {
        final double[][] value;
        final long[][] count;

        Tabular(int states, int offers) {
            value = new double[states][offers];
            count = new long[states][offers];
        }

        @Override
        public int greedy(int state) {
            return argmax(value[state]);
        }
    }

    /** Always the same offer (the baselines "random" excepted). */
    public static Policy fixed(String name, int[] offerPerState) {
        return new Policy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int act(int state, SplittableRandom random) {
                return offerPerState[state];
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                // fixed
            }

            @Override
            public int greedy(int state) {
                return offerPerState[state];
            }
        };
    }

    /** Uniformly random offers. */
    public static Policy random(int offers) {
        return new Policy() {
            @Override
            public String name() {
                return "random";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                return random.nextInt(offers);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                // nothing to learn
            }

            @Override
            public int greedy(int state) {
                return 0;
            }
        };
    }

    /** ε-greedy on sample-mean rewards. */
    public static Policy epsilonGreedy(int states, int offers, double epsilon) {
        return new Tabular(states, offers) {
            @Override
            public String name() {
                return "epsilon-greedy";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                return random.nextDouble() < epsilon ? random.nextInt(offers) : greedy(state);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                count[state][offer]++;
                value[state][offer] += (reward - value[state][offer]) / count[state][offer];
            }
        };
    }

    /** UCB1: mean + c √(2 ln t / n), rewards scaled by {@code scale} (the largest possible reward) to [0, 1]. */
    public static Policy ucb1(int states, int offers, double scale) {
        return new Tabular(states, offers) {
            final long[] visits = new long[states];

            @Override
            public String name() {
                return "ucb1";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                for (int a = 0; a < offers; a++) {
                    if (count[state][a] == 0) {
                        return a;
                    }
                }
                double[] bound = new double[offers];
                for (int a = 0; a < offers; a++) {
                    bound[a] = value[state][a] / scale + Math.sqrt(2 * Math.log(visits[state]) / count[state][a]);
                }
                return argmax(bound);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                visits[state]++;
                count[state][offer]++;
                value[state][offer] += (reward - value[state][offer]) / count[state][offer];
            }
        };
    }

    /** Thompson sampling: Beta(1 + purchases, 1 + misses) per state and offer, times the known purchase value. */
    public static Policy thompson(ResponseModel model) {
        int offers = model.offers().size();
        return new Tabular(ResponseModel.STATES, offers) {
            final long[][] wins = new long[ResponseModel.STATES][offers];

            @Override
            public String name() {
                return "thompson";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                double[] draw = new double[offers];
                for (int a = 0; a < offers; a++) {
                    draw[a] = Sampling.beta(1 + wins[state][a], 1 + count[state][a] - wins[state][a], random)
                            * model.purchaseValue(state, a);
                }
                return argmax(draw);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                count[state][offer]++;
                wins[state][offer] += reward > 0 ? 1 : 0;
                value[state][offer] = (1.0 + wins[state][offer]) / (2.0 + count[state][offer])
                        * model.purchaseValue(state, offer);
            }
        };
    }

    /** Tabular Q-learning (off-policy TD) with ε-greedy behaviour. */
    public static Policy qLearning(int states, int offers, double alpha, double gamma, double epsilon) {
        return new Tabular(states, offers) {
            @Override
            public String name() {
                return "q-learning";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                return random.nextDouble() < epsilon ? random.nextInt(offers) : greedy(state);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                double target = reward + (done ? 0 : gamma * value[next][argmax(value[next])]);
                value[state][offer] += alpha * (target - value[state][offer]);
            }
        };
    }

    /** Tabular SARSA (on-policy TD) with ε-greedy behaviour. */
    public static Policy sarsa(int states, int offers, double alpha, double gamma, double epsilon) {
        return new Tabular(states, offers) {
            @Override
            public String name() {
                return "sarsa";
            }

            @Override
            public int act(int state, SplittableRandom random) {
                return random.nextDouble() < epsilon ? random.nextInt(offers) : greedy(state);
            }

            @Override
            public void learn(int state, int offer, double reward, int next, int nextOffer, boolean done) {
                double target = reward + (done ? 0 : gamma * value[next][nextOffer]);
                value[state][offer] += alpha * (target - value[state][offer]);
            }
        };
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
