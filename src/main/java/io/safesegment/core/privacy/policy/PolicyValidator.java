package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.InvalidParameterException;
import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.privacy.mask.NoiseOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a policy before use: every rule must build (valid operator and parameters in their meaningful ranges) and
 * every column whose role is {@link ColumnRole#DIRECT_IDENTIFIER} must have a rule that changes it. Also lists
 * warnings that do not block a run: retired operators that were migrated and parameters that are now ignored.
 */
public final class PolicyValidator {
    private PolicyValidator() {
    }

    /** All problems found, as user-readable sentences; empty when the policy is valid. */
    public static List<String> problems(MaskingPolicy policy) {
        return findings(policy).stream().map(PolicyFinding::message).toList();
    }

    /** All problems found, with column, operator, parameter and reason as separate fields. */
    public static List<PolicyFinding> findings(MaskingPolicy policy) {
        List<PolicyFinding> problems = new ArrayList<>();
        for (MaskingRule rule : policy.rules()) {
            try {
                OperatorFactory.create(rule);
            } catch (PolicyException e) {
                if (e.getCause() instanceof InvalidParameterException bad) {
                    problems.add(new PolicyFinding(rule.column(), rule.operator(), bad.parameter(), bad.reason(), e.getMessage()));
                } else {
                    problems.add(new PolicyFinding(rule.column(), rule.operator(), null, e.getMessage(), e.getMessage()));
                }
            }
        }
        policy.roles().forEach((column, role) -> {
            if (role == ColumnRole.DIRECT_IDENTIFIER) {
                boolean covered = policy.ruleFor(column).filter(r -> !r.operator().equals(KeepOperator.ID)).isPresent();
                if (!covered) {
                    String reason = "is a direct identifier but has no masking rule";
                    problems.add(new PolicyFinding(column, null, null, reason, "Column '" + column + "' " + reason));
                }
            }
        });
        return problems;
    }

    /**
     * Warnings that do not block a run: a {@code hash} rule (unkeyed salted SHA-256, brute-forceable by anyone
     * holding the policy) now runs as keyed HMAC-SHA-256 from the vault; a {@code seed} no longer protects anything
     * because protective randomness is keyed from the vault.
     */
    public static List<PolicyFinding> warnings(MaskingPolicy policy) {
        List<PolicyFinding> warnings = new ArrayList<>();
        for (MaskingRule rule : policy.rules()) {
            if (rule.operator().equals(OperatorFactory.LEGACY_HASH)) {
                String key = String.valueOf(rule.params().getOrDefault("key", OperatorFactory.DEFAULT_KEY));
                String reason = "unkeyed salted SHA-256 is not pseudonymisation (anyone with the policy can test "
                        + "guesses); migrated to keyed HMAC-SHA-256 with workspace key '" + key + "'"
                        + (rule.params().containsKey("salt") ? ", 'salt' is ignored" : "")
                        + ". Change the rule to 'pseudonym' to silence this warning";
                warnings.add(new PolicyFinding(rule.column(), rule.operator(), rule.params().containsKey("salt") ? "salt" : null,
                        reason, "Rule for column '" + rule.column() + "': hash: " + reason));
            }
            if (rule.params().containsKey("seed")) {
                String reason = "is ignored: " + (rule.operator().equals(NoiseOperator.ID) ? "noise" : "protective randomness")
                        + " is keyed from the workspace key vault per dataset and column, never from the policy";
                warnings.add(new PolicyFinding(rule.column(), rule.operator(), "seed", reason,
                        "Rule for column '" + rule.column() + "': " + rule.operator() + ": 'seed' " + reason));
            }
        }
        return warnings;
    }

    /** Throws a {@link PolicyException} listing every problem, if there is any. */
    public static void requireValid(MaskingPolicy policy) {
        List<String> problems = problems(policy);
        if (!problems.isEmpty()) {
            throw new PolicyException(Message.of("policy.policyValidator.policy", policy.id(), String.join("\n - ", problems)));
        }
    }
}
