package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.HierarchyOperator;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a chosen transformation into masking-policy rules that {@code mask} and recipes apply: one
 * {@code generalise-hierarchy} rule per quasi-identifier naming its hierarchy file and level, and, when the privacy
 * models suppress small classes, {@code suppressBelow} plus the whole quasi-identifier {@code group}, so every
 * quasi-identifier of a suppressed row becomes {@code *}. Suppression by l-diversity, t-closeness or average risk is
 * not expressible as a rule: {@link #reproducesSuppression} says when the policy's output equals
 * {@link Anonymiser#apply}'s.
 */
public final class AnonymisationPolicy {
    private AnonymisationPolicy() {
    }

    /**
     * The rules for {@code levels}.
     *
     * @param files the hierarchy file of each quasi-identifier (stored in the rules as absolute paths)
     */
    public static List<MaskingRule> rules(AnonymiseOptions options, int[] levels, Map<String, Path> files) {
        List<String> qis = options.quasiIdentifiers();
        for (String qi : qis) {
            if (!files.containsKey(qi)) {
                throw new LocalizedArgumentException(Message.of("anonymise.anonymisationPolicy.quasiIdentifier", qi));
            }
        }
        int suppressBelow = classSizeBound(options);
        List<MaskingRule> rules = new ArrayList<>();
        if (suppressBelow > 1 && options.suppressionLimit() > 0) {
            String group = java.util.stream.IntStream.range(0, qis.size())
                    .mapToObj(j -> qis.get(j) + "=" + files.get(qis.get(j)).toAbsolutePath() + "@" + levels[j])
                    .collect(Collectors.joining(";"));
            for (String qi : qis) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("suppressBelow", suppressBelow);
                params.put("group", group);
                rules.add(new MaskingRule(qi, HierarchyOperator.ID, params));
            }
            return rules;
        }
        for (int j = 0; j < qis.size(); j++) {
            if (levels[j] > 0) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("file", files.get(qis.get(j)).toAbsolutePath().toString());
                params.put("level", levels[j]);
                rules.add(new MaskingRule(qis.get(j), HierarchyOperator.ID, params));
            }
        }
        return rules;
    }

    /** A policy holding {@link #rules} and the columns' roles. */
    public static MaskingPolicy policy(String id, AnonymiseOptions options, int[] levels, Map<String, Path> files) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        options.quasiIdentifiers().forEach(qi -> roles.put(qi, ColumnRole.QUASI_IDENTIFIER));
        if (options.sensitive() != null) {
            roles.put(options.sensitive(), ColumnRole.SENSITIVE);
        }
        return new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, id, 1, "Anonymisation " + options.models(), Instant.now(),
                roles, rules(options, levels, files));
    }

    /**
     * The search's privacy models as the risk targets its output must keep meeting (kept in the anonymised dataset's
     * lineage, so an export of it is checked like a policy's export): k (and the class size a highest risk implies is
     * its own target), l with variant and c, t with its distance (the hierarchical one names the sensitive column's
     * hierarchy file, and is left out when there is none to name), highest risk and the suppression limit. The
     * average risk has no target field and is not carried.
     */
    public static io.safesegment.core.privacy.policy.RiskTargets riskTargets(AnonymiseOptions options,
                                                                           Map<String, Path> files) {
        Integer k = null;
        Double l = null;
        String variant = null;
        Double c = null;
        Double t = null;
        String distance = null;
        String tHierarchy = null;
        Double maxRisk = null;
        for (PrivacyModel m : options.models()) {
            switch (m) {
                case PrivacyModel.KAnonymity ka -> k = k == null ? ka.k() : Math.max(k, ka.k());
                case PrivacyModel.LDiversity ld -> {
                    l = ld.l();
                    variant = ld.variant().name().toLowerCase(java.util.Locale.ROOT);
                    c = ld.variant() == PrivacyModel.LVariant.RECURSIVE ? ld.c() : null;
                }
                case PrivacyModel.TCloseness tc -> {
                    Path file = options.sensitive() == null ? null : files.get(options.sensitive());
                    if (tc.distance() == PrivacyModel.TDistance.EQUAL || file != null) {
                        t = tc.t();
                        distance = tc.distance() == PrivacyModel.TDistance.EQUAL ? "equal" : "hierarchical";
                        tHierarchy = file == null ? null : file.toAbsolutePath().toString();
                    }
                }
                case PrivacyModel.HighestRisk hr -> maxRisk = hr.threshold();
                default -> { }
            }
        }
        return new io.safesegment.core.privacy.policy.RiskTargets(k, l, variant, c, t, maxRisk,
                options.suppressionLimit(), distance, tHierarchy);
    }

    /** Whether the policy suppresses exactly the rows the search suppressed (only class-size models suppress). */
    public static boolean reproducesSuppression(AnonymiseOptions options) {
        return options.suppressionLimit() == 0 || options.models().stream().allMatch(m ->
                m instanceof PrivacyModel.KAnonymity || m instanceof PrivacyModel.HighestRisk);
    }

    private static int classSizeBound(AnonymiseOptions options) {
        int k = 1;
        for (PrivacyModel m : options.models()) {
            if (m instanceof PrivacyModel.KAnonymity ka) {
                k = Math.max(k, ka.k());
            } else if (m instanceof PrivacyModel.HighestRisk hr) {
                k = Math.max(k, hr.minimumClassSize());
            }
        }
        return k;
    }
}
