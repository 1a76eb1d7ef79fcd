package io.safesegment.core.campaign.offers;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The customer-response simulator. A state is (recency class × responded to the last offer): recency classes
 * {@code active} (bought within 30 days), {@code lapsing} (31–90) and {@code lapsed} (over 90), as in RFM's R;
 * state index = 2 × class + (responded ? 1 : 0).
 *
 * <p>Assumptions (documented in docs/campaigns.md; the numbers a workspace calibrates are marked *):
 * <ul>
 * <li>one step is one week; a customer in class c buys with base probability b_c* (their observed weekly purchase
 * rate);</li>
 * <li>an offer with discount d multiplies it by (1 + e_c d), price sensitivity e_c = 2, 5, 9 for active, lapsing,
 * lapsed (lapsed customers need a reason to come back), and by 1.2 when the customer responded to the last offer;
 * probabilities are capped at 0.95;</li>
 * <li>a purchase earns the class's mean order value v_c* times (margin − d); no purchase earns 0;</li>
 * <li>after a purchase the customer is active; without one an active customer becomes lapsing with probability
 * 0.25 and a lapsing one lapsed with probability 0.15 per week.</li>
 * </ul>
 * The best offer therefore depends on the state (small or no discount for active customers, a bigger one for the
 * lapsed) — what a learning policy should find.
 *
 * @param offers      the offers (actions)
 * @param basePurchase b_c per recency class
 * @param orderValue  v_c per recency class
 * @param margin      gross margin on an order before discount
 * @param startShares share of customers starting in each recency class*
 */
public record ResponseModel(List<Offer> offers, double[] basePurchase, double[] orderValue, double margin,
                            double[] startShares) {
    /** Number of states. */
    public static final int STATES = 6;
    /** Names of the states, by index. */
    public static final List<String> STATE_NAMES = List.of("active/no-response", "active/responded",
            "lapsing/no-response", "lapsing/responded", "lapsed/no-response", "lapsed/responded");
    private static final double[] SENSITIVITY = {2, 5, 9};

    /** Validates. */
    public ResponseModel {
        offers = List.copyOf(offers);
        if (offers.size() < 2 || basePurchase.length != 3 || orderValue.length != 3 || startShares.length != 3
                || !(margin > 0 && margin <= 1)) {
            throw new LocalizedArgumentException(Message.of("campaign.options.responseModel"));
        }
    }

    /** Purchase probability in {@code state} after {@code offer}. */
    public double purchaseProbability(int state, int offer) {
        int c = state / 2;
        double p = basePurchase[c] * (1 + SENSITIVITY[c] * offers.get(offer).discount()) * (state % 2 == 1 ? 1.2 : 1);
        return Math.min(0.95, p);
    }

    /** Reward of a purchase in {@code state} with {@code offer}. */
    public double purchaseValue(int state, int offer) {
        return orderValue[state / 2] * (margin - offers.get(offer).discount());
    }

    /** Expected one-step reward. */
    public double expectedReward(int state, int offer) {
        return purchaseProbability(state, offer) * purchaseValue(state, offer);
    }

    /** The offer with the highest expected one-step reward in {@code state} (the "known best arm"). */
    public int bestOffer(int state) {
        int best = 0;
        for (int a = 1; a < offers.size(); a++) {
            if (expectedReward(state, a) > expectedReward(state, best)) {
                best = a;
            }
        }
        return best;
    }

    /** A starting state drawn from the start shares (no response yet). */
    public int startState(SplittableRandom random) {
        double u = random.nextDouble();
        int c = u < startShares[0] ? 0 : u < startShares[0] + startShares[1] ? 1 : 2;
        return 2 * c;
    }

    /** One simulated step. */
    public record Step(boolean purchased, double reward, int next) {
    }

    /** Simulates sending {@code offer} to a customer in {@code state}. */
    public Step step(int state, int offer, SplittableRandom random) {
        boolean bought = random.nextDouble() < purchaseProbability(state, offer);
        int c = state / 2;
        int nextClass;
        if (bought) {
            nextClass = 0;
        } else if (c == 0) {
            nextClass = random.nextDouble() < 0.25 ? 1 : 0;
        } else if (c == 1) {
            nextClass = random.nextDouble() < 0.15 ? 2 : 1;
        } else {
            nextClass = 2;
        }
        return new Step(bought, bought ? purchaseValue(state, offer) : 0, 2 * nextClass + (bought ? 1 : 0));
    }
}
