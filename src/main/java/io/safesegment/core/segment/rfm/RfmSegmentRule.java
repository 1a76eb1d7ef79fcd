package io.safesegment.core.segment.rfm;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names the customers whose two-digit recency/frequency score code (e.g. {@code "54"} for R = 5, F = 4) matches a
 * pattern. Rules are tried in order; the first match names the customer.
 *
 * @param name    segment name
 * @param pattern regular expression over the code {@code RF}
 */
public record RfmSegmentRule(String name, String pattern) {

    /** Checks the pattern compiles. */
    public RfmSegmentRule {
        if (name == null || name.isBlank()) {
            throw new LocalizedArgumentException(Message.of("rfm.error.ruleName"));
        }
        Pattern.compile(pattern);
    }

    /** Whether this rule covers the given scores. */
    public boolean matches(int recency, int frequency) {
        return Pattern.matches(pattern, "" + recency + frequency);
    }

    /**
     * The widely used recency × frequency grid (as in the common "RFM segmentation" notebooks): champions (R 5,
     * F 4–5), loyal customers (R 3–4, F 4–5), potential loyalists (R 4–5, F 2–3), new customers (R 5, F 1),
     * promising (R 4, F 1), need attention (R 3, F 3), about to sleep (R 3, F 1–2), at risk (R 1–2, F 3–4),
     * can't lose them (R 1–2, F 5), hibernating (R 1–2, F 1–2). Together they cover all 25 codes exactly once.
     */
    public static List<RfmSegmentRule> defaults() {
        return List.of(
                new RfmSegmentRule("champions", "5[4-5]"),
                new RfmSegmentRule("loyal customers", "[3-4][4-5]"),
                new RfmSegmentRule("potential loyalists", "[4-5][2-3]"),
                new RfmSegmentRule("new customers", "51"),
                new RfmSegmentRule("promising", "41"),
                new RfmSegmentRule("need attention", "33"),
                new RfmSegmentRule("about to sleep", "3[1-2]"),
                new RfmSegmentRule("at risk", "[1-2][3-4]"),
                new RfmSegmentRule("can't lose them", "[1-2]5"),
                new RfmSegmentRule("hibernating", "[1-2][1-2]"));
    }
}
