package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rule of a policy: apply {@code operator} with {@code params} to {@code column}.
 *
 * @param column   the column the rule applies to
 * @param operator operator id, e.g. {@code pseudonym}, {@code char-mask}, {@code generalise-number}
 * @param params   operator parameters (numbers, strings, booleans, lists of numbers); never secrets
 */
public record MaskingRule(String column, String operator, Map<String, Object> params) {
    /** Validates and copies (keeping parameter order, so saved JSON diffs cleanly). */
    public MaskingRule {
        if (column == null || column.isBlank()) {
            throw new PolicyException(Message.of("policy.maskingRule.aRuleHasNo"));
        }
        if (operator == null || operator.isBlank()) {
            throw new PolicyException(Message.of("policy.maskingRule.theRuleForColumn", column));
        }
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A rule without parameters. */
    public static MaskingRule of(String column, String operator) {
        return new MaskingRule(column, operator, Map.of());
    }

    /** A copy with a different operator and parameters. */
    public MaskingRule with(String newOperator, Map<String, Object> newParams) {
        return new MaskingRule(column, newOperator, newParams);
    }
}
