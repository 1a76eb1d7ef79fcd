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
