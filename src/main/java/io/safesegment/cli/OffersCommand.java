package io.safesegment.cli;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.campaign.offers.Offer;
import io.safesegment.core.campaign.offers.SimulationOptions;
import io.safesegment.core.campaign.offers.SimulationResult;
import io.safesegment.core.task.CancellationToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code safesegment offers simulate|evaluate}: offer policies that learn, and their offline evaluation. */
@Command(name = "offers", mixinStandardHelpOptions = true,
        description = "Offer policies that learn (bandits, Q-learning, SARSA) on a calibrated simulator, and offline "
                + "evaluation of a policy on logged decisions (IPS, doubly robust).",
        subcommands = {OffersCommand.Simulate.class, OffersCommand.Evaluate.class})
final class OffersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Learning curves (reward per customer episode) of epsilon-greedy, UCB1, Thompson sampling,",
                    "Q-learning and SARSA against random offers and the best single offer, on a customer-response",
                    "simulator calibrated from --transactions (see docs/campaigns.md for its assumptions)."})
    static final class Simulate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--transactions", paramLabel = "FILE",
                description = "Transactions to calibrate from (default: documented default numbers).")
        Path transactions;

        @Mixin
        RoleMapMixin roleMap;

        @Option(names = "--offers", split = ",", paramLabel = "NAME:DISCOUNT",
                defaultValue = "reminder:0,coupon-5:0.05,coupon-10:0.10,coupon-20:0.20",
                description = "Offers (default: ${DEFAULT-VALUE}).")
        String[] offers;

        @Option(names = "--margin", defaultValue = "0.35", description = "Gross margin (default: ${DEFAULT-VALUE}).")
        double margin;

        @Option(names = "--episodes", defaultValue = "3000", description = "Default: ${DEFAULT-VALUE}.")
        int episodes;

        @Option(names = "--steps", defaultValue = "8", description = "Weeks per episode (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--points", defaultValue = "30", description = "Curve points (default: ${DEFAULT-VALUE}).")
        int points;

        @Option(names = "--epsilon", defaultValue = "0.1", description = "Default: ${DEFAULT-VALUE}.")
        double epsilon;

        @Option(names = "--alpha", defaultValue = "0.1", description = "TD learning rate (default: ${DEFAULT-VALUE}).")
        double alpha;

        @Option(names = "--gamma", defaultValue = "0.9", description = "TD discount (default: ${DEFAULT-VALUE}).")
        double gamma;

        @Option(names = "--seed", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--log-out", paramLabel = "FILE",
                description = "Also write logged decisions of an epsilon-greedy behaviour policy, for 'offers evaluate'.")
        Path logOut;

        @Option(names = "--log-rows", defaultValue = "20000", description = "Default: ${DEFAULT-VALUE}.")
        int logRows;

        @Option(names = "--log-epsilon", defaultValue = "0.3",
                description = "Exploration of the logging policy (default: ${DEFAULT-VALUE}).")
        double logEpsilon;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            SimulationResult result = CampaignService.simulate(new CampaignService.SimulationRequest(transactions,
                    roleMap.roles(), Arrays.stream(offers).map(Offer::parse).toList(), margin,
                    new SimulationOptions(episodes, steps, points, epsilon, alpha, gamma, seed), logOut, logRows,
                    logEpsilon), new CancellationToken());
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Json.print(w, result);
                return 0;
            }
            w.printf(Locale.ROOT, "%d episodes of %d weeks, seed %d; best offer per state: %s%n", episodes, steps,
                    seed, result.bestOffers());
            for (SimulationResult.PolicyCurve c : result.policies()) {
                w.printf(Locale.ROOT, "  %-18s mean %8.3f  final %8.3f  picks %s%n", c.policy(), c.meanReward(),
                        c.finalReward(), c.greedyOffers());
            }
            w.flush();
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Estimate a target policy's value per decision from logged decisions (IPS and doubly "
                    + "robust, with confidence intervals) before using it on customers.")
    static final class Evaluate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--log", required = true, paramLabel = "FILE",
                description = "Logged decisions: state,offer,propensity,reward.")
        Path log;

        @Option(names = "--policy", required = true, paramLabel = "OFFER[,OFFER x6]",
                description = "One offer for every state, or one per state in the order active/no-response, "
                        + "active/responded, lapsing/no-response, lapsing/responded, lapsed/no-response, "
                        + "lapsed/responded.")
        String policy;

        @Option(names = "--alpha", defaultValue = "0.05", description = "1 - confidence (default: ${DEFAULT-VALUE}).")
        double alpha;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CampaignService.EvaluationResult result = CampaignService.evaluate(
                    new CampaignService.EvaluationRequest(log, policy, alpha), new CancellationToken());
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Json.print(w, result);
                return 0;
            }
            var e = result.estimate();
            w.printf(Locale.ROOT, "%d logged decisions, %d match the policy; logged value %.4f%n", e.rows(),
                    e.matched(), e.loggedValue());
            w.printf(Locale.ROOT, "IPS            %.4f  [%.4f, %.4f]%n", e.ips(), e.ipsCi().low(), e.ipsCi().high());
            w.printf(Locale.ROOT, "Doubly robust  %.4f  [%.4f, %.4f]%n", e.doublyRobust(), e.doublyRobustCi().low(),
                    e.doublyRobustCi().high());
            w.flush();
            return 0;
        }
    }
}
