package io.safesegment.core.privacy.review;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import java.time.Instant;
import java.util.List;

/**
 * A privacy officer's decision to write a masked export although its measured risk misses the policy's risk
 * targets. Kept in the masked dataset's lineage step and in the audit trail. Holds the measures only, never a data
 * value. The service takes it as an option with the reason; a later access-control slice can require the officer's
 * role where the option is read.
 *
 * @param reason         the typed justification (stripped, never blank)
 * @param user           the operating-system user who overrode ({@code user.name})
 * @param at             when
 * @param policyId       the policy whose targets were missed
 * @param policyRevision its revision
 * @param misses         one English sentence per missed target (target and measured value)
 */
public record RiskOverride(String reason, String user, Instant at, String policyId, int policyRevision,
                           List<String> misses) {
    /** Validates and copies. */
    public RiskOverride {
        reason = requireReason(reason);
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Message.of("review.riskOverride.needsUser"));
        }
        if (at == null) {
            throw new LocalizedArgumentException(Message.of("review.riskOverride.needsTime"));
        }
        misses = List.copyOf(misses == null ? List.of() : misses);
    }

    /** The override of {@code check}'s misses by the current user ({@code user.name}), now. */
    public static RiskOverride of(String reason, MaskingPolicy policy, RiskTargetCheck check) {
        String user = System.getProperty("user.name", "");
        return new RiskOverride(reason, user.isBlank() ? "unknown" : user, Instant.now(), policy.id(),
                policy.revision(), check.misses().stream().map(m -> m.message().english()).toList());
    }

    /**
     * The stripped reason, or an exception a user can act on when it is missing, blank or too long.
     *
     * @throws IllegalArgumentException naming what is wrong with the reason (never repeating it)
     */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LocalizedArgumentException(Message.of("review.riskOverride.needsReason"));
        }
        String r = reason.strip();
        if (r.length() > LeakOverride.MAX_REASON) {
            throw new LocalizedArgumentException(Message.of("review.riskOverride.reasonTooLong", r.length(),
                    LeakOverride.MAX_REASON));
        }
        return r;
    }
}
