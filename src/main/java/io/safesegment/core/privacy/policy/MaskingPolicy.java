package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.i18n.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each column of a dataset leaves the laptop: ordered per-column rules plus the column roles they were chosen
 * for. Saved as versioned JSON ({@link PolicyJson}) so that two versions can be compared with any diff tool.
 *
 * @param formatVersion JSON format version ({@value #FORMAT_VERSION})
 * @param id            stable policy id, quoted in export manifests and the audit log
 * @param revision      increases with every saved change
 * @param name          human-readable name
 * @param updatedAt     when this revision was made
 * @param roles         column roles (detected, then possibly overridden by the user)
 * @param rules         the rules, applied in order; columns without a rule are kept unchanged
 * @param riskTargets   the risk the masked output must meet, or null (an export missing one is blocked unless
 *                      overridden with a reason; omitted from the JSON when null, so older files read unchanged)
 */
public record MaskingPolicy(int formatVersion, String id, int revision, String name, Instant updatedAt,
                            Map<String, ColumnRole> roles, List<MaskingRule> rules,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            RiskTargets riskTargets) {
    /** Current JSON format version. */
    public static final int FORMAT_VERSION = 1;

    /** Validates and copies. */
    public MaskingPolicy {
        if (id == null || id.isBlank()) {
            throw new PolicyException(Message.of("policy.maskingPolicy.aPolicyNeedsAn"));
        }
        if (revision < 1) {
            throw new PolicyException(Message.of("policy.maskingPolicy.policy", id, revision));
        }
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles == null ? Map.of() : roles));
        rules = List.copyOf(rules == null ? List.of() : rules);
        List<String> seen = new ArrayList<>();
        for (MaskingRule r : rules) {
            if (seen.contains(r.column())) {
                throw new PolicyException(Message.of("policy.maskingPolicy.policy2", id, r.column()));
            }
            seen.add(r.column());
        }
        if (riskTargets != null && riskTargets.none()) {
            riskTargets = null;
        }
    }

    /** A policy without risk targets. */
    public MaskingPolicy(int formatVersion, String id, int revision, String name, Instant updatedAt,
                         Map<String, ColumnRole> roles, List<MaskingRule> rules) {
        this(formatVersion, id, revision, name, updatedAt, roles, rules, null);
    }

    /** A new revision with {@code targets} as its risk targets (null or empty: none). */
    public MaskingPolicy withRiskTargets(RiskTargets targets) {
        return new MaskingPolicy(formatVersion, id, revision + 1, name, Instant.now(), roles, rules, targets);
    }

    /** The rule for a column, if any. */
    public Optional<MaskingRule> ruleFor(String column) {
        return rules.stream().filter(r -> r.column().equals(column)).findFirst();
    }

    /** A new revision with {@code rule} replacing the column's current rule (or added at the end). */
    public MaskingPolicy withRule(MaskingRule rule) {
        List<MaskingRule> next = new ArrayList<>(rules);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).column().equals(rule.column())) {
                at = i;
            }
        }
        if (at >= 0) {
            next.set(at, rule);
        } else {
            next.add(rule);
        }
        return new MaskingPolicy(formatVersion, id, revision + 1, name, Instant.now(), roles, next, riskTargets);
    }

    /** A new revision with the role of {@code column} overridden by the user. */
    public MaskingPolicy withRole(String column, ColumnRole role) {
        Map<String, ColumnRole> next = new LinkedHashMap<>(roles);
        next.put(column, role);
        return new MaskingPolicy(formatVersion, id, revision + 1, name, Instant.now(), next, rules, riskTargets);
    }
}
