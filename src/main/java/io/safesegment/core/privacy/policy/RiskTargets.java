package io.safesegment.core.privacy.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.safesegment.core.i18n.Message;
import java.util.Locale;
import java.util.Set;

/**
 * The re-identification risk a policy's output must meet (issue #16): an export whose measured risk misses any of
 * them is blocked unless a privacy officer overrides it with a reason. Every target is optional (null = not set);
 * they are measured on the masked table over the columns the policy gives the quasi-identifier role, rows whose
 * quasi-identifiers are all {@code *} counting as suppressed (as the anonymiser writes them).
 *
 * @param k              smallest released equivalence class, at least 1
 * @param l              l-diversity of the (first) sensitive column, at least 1 (a whole number unless entropy)
 * @param lVariant       {@code distinct}, {@code entropy} or {@code recursive} (default distinct when l is set)
 * @param c              the c of recursive (c,l)-diversity, &gt; 0; only with the recursive variant
 * @param t              t-closeness of the sensitive column (EMD with {@code tDistance}), 0..1
 * @param maxRisk        highest prosecutor risk (1 / smallest released class), in (0, 1]
 * @param maxSuppression share of rows that may be suppressed, 0..1
 * @param tDistance      the ground distance of t: {@code equal} (default when t is set) or {@code hierarchical}
 * @param tHierarchy     for the hierarchical distance: the sensitive column's hierarchy file (ARX format), as a
 *                       path like a generalise-hierarchy rule's {@code file}; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskTargets(Integer k, Double l, String lVariant, Double c, Double t, Double maxRisk,
                          Double maxSuppression, String tDistance, String tHierarchy) {
    /** The l-diversity variants a target may name. */
    public static final Set<String> L_VARIANTS = Set.of("distinct", "entropy", "recursive");
    /** The ground distances of t-closeness a target may name. */
    public static final Set<String> T_DISTANCES = Set.of("equal", "hierarchical");

    /** Validates; errors name the target and its allowed range. */
    public RiskTargets {
        if (k != null && k < 1) {
            throw new PolicyException(Message.of("policy.riskTargets.k", k));
        }
        if (l != null) {
            lVariant = lVariant == null ? "distinct" : lVariant.trim().toLowerCase(Locale.ROOT);
            if (!L_VARIANTS.contains(lVariant)) {
                throw new PolicyException(Message.of("policy.riskTargets.lVariant", lVariant));
            }
            if (!(l >= 1) || (!lVariant.equals("entropy") && l != Math.rint(l))) {
                throw new PolicyException(Message.of("policy.riskTargets.l", lVariant, String.valueOf(l)));
            }
            if (lVariant.equals("recursive") && (c == null || !(c > 0))) {
                throw new PolicyException(Message.of("policy.riskTargets.c", String.valueOf(c)));
            }
            if (!lVariant.equals("recursive")) {
                c = null;
            }
        } else if (lVariant != null || c != null) {
            throw new PolicyException(Message.of("policy.riskTargets.withoutL"));
        }
        if (t != null && !(t >= 0 && t <= 1)) {
            throw new PolicyException(Message.of("policy.riskTargets.t", String.valueOf(t)));
        }
        if (t != null) {
            tDistance = tDistance == null ? "equal" : tDistance.trim().toLowerCase(Locale.ROOT);
            if (!T_DISTANCES.contains(tDistance)) {
                throw new PolicyException(Message.of("policy.riskTargets.tDistance", tDistance));
            }
            // The hierarchical distance is defined by the sensitive column's hierarchy: without it the target
            // would silently fall back to the equal distance (the defect this field fixes).
            if (tDistance.equals("hierarchical") && (tHierarchy == null || tHierarchy.isBlank())) {
                throw new PolicyException(Message.of("policy.riskTargets.tHierarchy"));
            }
            if (tDistance.equals("equal")) {
                tHierarchy = null;
            }
        } else if (tDistance != null || tHierarchy != null) {
            throw new PolicyException(Message.of("policy.riskTargets.tOptionsWithoutT"));
        }
        if (maxRisk != null && !(maxRisk > 0 && maxRisk <= 1)) {
            throw new PolicyException(Message.of("policy.riskTargets.maxRisk", String.valueOf(maxRisk)));
        }
        if (maxSuppression != null && !(maxSuppression >= 0 && maxSuppression <= 1)) {
            throw new PolicyException(Message.of("policy.riskTargets.maxSuppression", String.valueOf(maxSuppression)));
        }
    }

    /** Targets with the equal distance for t (the form policies had before the hierarchical distance). */
    public RiskTargets(Integer k, Double l, String lVariant, Double c, Double t, Double maxRisk,
                       Double maxSuppression) {
        this(k, l, lVariant, c, t, maxRisk, maxSuppression, null, null);
    }

    /** Whether t is measured with the hierarchical distance (then {@link #tHierarchy()} names the hierarchy). */
    public boolean hierarchicalT() {
        return "hierarchical".equals(tDistance);
    }

    /** Whether no target is set (then nothing is checked). */
    public boolean none() {
        return k == null && l == null && t == null && maxRisk == null && maxSuppression == null;
    }

    /** Whether a target reads the sensitive column (l or t). */
    public boolean needsSensitive() {
        return l != null || t != null;
    }
}
