package io.safesegment.core.campaign.offers;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs each policy on the simulator for the same number of episodes with the same seed and records its learning
 * curve, next to two baselines: uniformly random offers, and "always the best single offer" (the one offer with the
 * highest expected one-step reward over the starting states, i.e. what a marketer would pick without personalising).
 */
public final class OfferSimulation {
    private OfferSimulation() {
    }

    /** Simulates every policy. */
    public static SimulationResult run(ResponseModel model, SimulationResult.Calibration calibration,
                                       SimulationOptions options, Progress progress) {
        int offers = model.offers().size();
        double maxReward = 0;
        for (int s = 0; s < ResponseModel.STATES; s++) {
            for (int a = 0; a < offers; a++) {
                maxReward = Math.max(maxReward, model.purchaseValue(s, a));
            }
        }
        int single = bestSingleOffer(model);
        int[] always = new int[ResponseModel.STATES];
        java.util.Arrays.fill(always, single);
        List<Policy> policies = List.of(Policies.random(offers), Policies.fixed("best-single-offer", always),
                Policies.epsilonGreedy(ResponseModel.STATES, offers, options.epsilon()),
                Policies.ucb1(ResponseModel.STATES, offers, Math.max(maxReward, 1e-9)), Policies.thompson(model),
                Policies.qLearning(ResponseModel.STATES, offers, options.alpha(), options.gamma(), options.epsilon()),
                Policies.sarsa(ResponseModel.STATES, offers, options.alpha(), options.gamma(), options.epsilon()));
        List<SimulationResult.PolicyCurve> curves = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            curves.add(run(model, policies.get(p), options, progress.slice((double) p / policies.size(),
                    (p + 1.0) / policies.size())));
        }
        List<String> best = new ArrayList<>();
        for (int s = 0; s < ResponseModel.STATES; s++) {
            best.add(model.offers().get(model.bestOffer(s)).name());
        }
        return new SimulationResult(model.offers().stream().map(Offer::name).toList(), ResponseModel.STATE_NAMES,
                List.copyOf(best), calibration, options, List.copyOf(curves));
    }

    /** The offer with the highest expected one-step reward averaged over the starting states. */
    public static int bestSingleOffer(ResponseModel model) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < model.offers().size(); a++) {
            double v = 0;
            for (int c = 0; c < 3; c++) {
                v += model.startShares()[c] * model.expectedReward(2 * c, a);
            }
            if (v > bestValue) {
                bestValue = v;
                best = a;
            }
        }
        return best;
    }

    /** One policy's run. */
    public static SimulationResult.PolicyCurve run(ResponseModel model, Policy policy, SimulationOptions options,
                                                   Progress progress) {
        SplittableRandom random = new SplittableRandom(options.seed());
        int blocks = options.points();
        double[] sums = new double[blocks];
        int[] counts = new int[blocks];
        double total = 0;
        for (int e = 0; e < options.episodes(); e++) {
            if (e % 200 == 0) {
                progress.checkCancelled();
                progress.report((double) e / options.episodes(), Message.of("campaign.progress.simulating",
                        policy.name()));
            }
            int state = model.startState(random);
            int offer = policy.act(state, random);
            double episodeReward = 0;
            for (int t = 0; t < options.steps(); t++) {
                ResponseModel.Step step = model.step(state, offer, random);
                boolean done = t == options.steps() - 1;
                int nextOffer = policy.act(step.next(), random);
                policy.learn(state, offer, step.reward(), step.next(), nextOffer, done);
                episodeReward += step.reward();
                state = step.next();
                offer = nextOffer;
            }
            int block = (int) ((long) e * blocks / options.episodes());
            sums[block] += episodeReward;
            counts[block]++;
            total += episodeReward;
        }
        double[] curve = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            curve[b] = counts[b] == 0 ? 0 : sums[b] / counts[b];
        }
        List<String> greedy = new ArrayList<>();
        for (int s = 0; s < ResponseModel.STATES; s++) {
            greedy.add(model.offers().get(policy.greedy(s)).name());
        }
        return new SimulationResult.PolicyCurve(policy.name(), curve, total / options.episodes(), curve[blocks - 1],
                List.copyOf(greedy));
    }
}
