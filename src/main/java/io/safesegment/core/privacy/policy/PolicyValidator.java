package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.mask.KeepOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a policy before use: every rule must build (valid operator and parameters) and every column whose role is
 * {@link ColumnRole#DIRECT_IDENTIFIER} must have a rule that changes it.
 */
public final class PolicyValidator {
    private PolicyValidator() {
    }

    /** All problems found, as user-readable sentences; empty when the policy is valid. */
    public static List<String> problems(MaskingPolicy policy) {
        List<String> problems = new ArrayList<>();
        for (MaskingRule rule : policy.rules()) {
            try {
                OperatorFactory.create(rule);
            } catch (PolicyException e) {
                problems.add(e.getMessage());
            }
        }
        policy.roles().forEach((column, role) -> {
            if (role == ColumnRole.DIRECT_IDENTIFIER) {
                boolean covered = policy.ruleFor(column).filter(r -> !r.operator().equals(KeepOperator.ID)).isPresent();
                if (!covered) {
                    problems.add("Column '" + column + "' is a direct identifier but has no masking rule");
                }
            }
        });
        return problems;
    }

    /** Throws a {@link PolicyException} listing every problem, if there is any. */
    public static void requireValid(MaskingPolicy policy) {
        List<String> problems = problems(policy);
        if (!problems.isEmpty()) {
            throw new PolicyException("Policy '" + policy.name() + "' is not valid:\n - " + String.join("\n - ", problems));
        }
    }
}
