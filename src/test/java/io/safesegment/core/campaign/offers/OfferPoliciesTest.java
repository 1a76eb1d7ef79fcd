package io.safesegment.core.campaign.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.campaign.CampaignService;
import io.safesegment.core.task.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bandits find the known best offer per state; TD learners beat random offers; everything is seeded. */
class OfferPoliciesTest {
    /**
     * Expected one-step rewards (p × value), hand-computed from the documented response model:
     * active: reminder 0.5·50 = 25, c20 0.7·30 = 21, c40 0.9·10 = 9 → reminder;
     * lapsing: 0.15·50 = 7.5, 0.30·30 = 9, 0.45·10 = 4.5 → c20; lapsed: 0.05·50 = 2.5, 0.14·30 = 4.2,
     * 0.23·10 = 2.3 → c20.
     */
    static ResponseModel model() {
        return new ResponseModel(List.of(new Offer("reminder", 0), new Offer("c20", 0.2), new Offer("c40", 0.4)),
                new double[] {0.5, 0.15, 0.05}, new double[] {100, 100, 100}, 0.5, new double[] {1 / 3.0, 1 / 3.0,
                1 / 3.0});
    }

    @Test
    void modelMatchesHandComputedRewards() {
        ResponseModel m = model();
        assertEquals(25, m.expectedReward(0, 0), 1e-9);
        assertEquals(21, m.expectedReward(0, 1), 1e-9);
        assertEquals(9, m.expectedReward(2, 1), 1e-9);
        assertEquals(4.2, m.expectedReward(4, 1), 1e-9);
        assertEquals(0, m.bestOffer(0));
        assertEquals(1, m.bestOffer(2));
        assertEquals(1, m.bestOffer(4));
    }

    @Test
    void banditsConvergeToTheKnownBestOfferPerState() {
        ResponseModel m = model();
        SimulationOptions options = new SimulationOptions(60_000, 1, 10, 0.2, 0.1, 0.9, 11);
        double randomFinal = OfferSimulation.run(m, Policies.random(3), options, Progress.NONE).finalReward();
        for (Policy bandit : List.of(Policies.epsilonGreedy(6, 3, 0.2), Policies.ucb1(6, 3, 50),
                Policies.thompson(m))) {
            SimulationResult.PolicyCurve curve = OfferSimulation.run(m, bandit, options, Progress.NONE);
            for (int s : new int[] {0, 2, 4}) { // one-step episodes start without a response
                assertEquals(m.bestOffer(s), bandit.greedy(s), bandit.name() + " in state " + s);
            }
            assertTrue(curve.finalReward() > randomFinal, bandit.name());
            // seeded: the same run again gives the same curve
            SimulationResult.PolicyCurve again = OfferSimulation.run(m, switch (bandit.name()) {
                case "epsilon-greedy" -> Policies.epsilonGreedy(6, 3, 0.2);
                case "ucb1" -> Policies.ucb1(6, 3, 50);
                default -> Policies.thompson(m);
            }, options, Progress.NONE);
            assertEquals(java.util.Arrays.toString(curve.curve()), java.util.Arrays.toString(again.curve()));
        }
    }

    @Test
    void temporalDifferenceLearnersBeatRandomOffersOnMultiWeekEpisodes() throws Exception {
        SimulationResult result = CampaignService.simulate(new CampaignService.SimulationRequest(null, null,
                model().offers(), 0.5, new SimulationOptions(4000, 8, 4, 0.1, 0.1, 0.9, 3), null, 0, 0.3),
                Progress.NONE);
        double random = result.policies().stream().filter(p -> p.policy().equals("random")).findFirst()
                .orElseThrow().meanReward();
        for (String name : List.of("q-learning", "sarsa", "thompson", "ucb1", "epsilon-greedy")) {
            double mean = result.policies().stream().filter(p -> p.policy().equals(name)).findFirst().orElseThrow()
                    .meanReward();
            assertTrue(mean > random, name + " " + mean + " vs random " + random);
        }
        assertEquals(7, result.policies().size());
        assertEquals(4, result.policies().get(0).curve().length);
    }
}
