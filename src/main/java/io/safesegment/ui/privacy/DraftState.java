package io.safesegment.ui.privacy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state of the policy editor's draft: the column roles and, per column, the operator and parameter text as the
 * user typed them (possibly invalid). Immutable, so undo and redo are stacks of these.
 *
 * @param roles column roles
 * @param rules column → rule as edited; columns without an entry are kept
 */
record DraftState(Map<String, ColumnRole> roles, Map<String, RuleText> rules) {
    /** An operator id with its parameter text ({@code keepFirst=1, keepLast=2}). */
    record RuleText(String operator, String params) {
        RuleText {
            params = params == null ? "" : params;
        }
    }

    DraftState {
        roles = Map.copyOf(roles);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The draft of a saved policy. */
    static DraftState of(MaskingPolicy policy) {
        Map<String, RuleText> rules = new LinkedHashMap<>();
        policy.rules().forEach(r -> rules.put(r.column(), new RuleText(r.operator(), RuleParams.format(r.params()))));
        return new DraftState(policy.roles(), rules);
    }

    DraftState withRole(String column, ColumnRole role) {
        Map<String, ColumnRole> next = new LinkedHashMap<>(roles);
        next.put(column, role);
        return new DraftState(next, rules);
    }

    DraftState withRule(String column, RuleText rule) {
        Map<String, RuleText> next = new LinkedHashMap<>(rules);
        next.put(column, rule);
        return new DraftState(roles, next);
    }
}
