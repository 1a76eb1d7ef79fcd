package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;

/**
 * One risk target the masked output misses: which target, what it requires and what was measured (never a value of
 * the data, only the measure).
 *
 * @param target   {@code k}, {@code l}, {@code t}, {@code maxRisk}, {@code maxSuppression} or {@code sensitive}
 *                 (l or t set but no column has the sensitive role)
 * @param required the target's value
 * @param measured the measured value (NaN when it cannot be measured)
 */
public record RiskTargetMiss(String target, double required, double measured) {
    /** The sentence naming the target and the measured value, in the front end's language. */
    public Message message() {
        return switch (target) {
            case "k" -> Message.of("risktarget.miss.k", (int) required, (int) measured);
            case "l" -> Message.of("risktarget.miss.l", required, measured);
            case "t" -> Message.of("risktarget.miss.t", required, measured);
            case "maxRisk" -> Message.of("risktarget.miss.maxRisk", required * 100, measured * 100);
            case "maxSuppression" -> Message.of("risktarget.miss.maxSuppression", required * 100, measured * 100);
            default -> Message.of("risktarget.miss.sensitive");
        };
    }
}
