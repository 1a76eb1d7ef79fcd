package io.safesegment.ui.privacy;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.ui.common.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's check of a draft, done the way Apply would use it: every rule must build its operator; only when all
 * do, the policy validator's problems are shown (its messages assume runnable rules).
 *
 * @param ruleProblems column → why its rule cannot run
 * @param policyLevel  the validator's problems (empty while a rule cannot run)
 */
record DraftCheck(Map<String, String> ruleProblems, List<String> policyLevel) {
    DraftCheck {
        ruleProblems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleProblems));
        policyLevel = List.copyOf(policyLevel);
    }

    /** Checks {@code draft} (null: nothing to check) against the applied policy {@code base} (null: none yet). */
    static DraftCheck of(DraftState draft, MaskingPolicy base) {
        if (draft == null) {
            return new DraftCheck(Map.of(), List.of());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        draft.rules().forEach((column, text) -> {
            String problem = ruleProblem(column, text);
            if (problem != null) {
                problems.put(column, problem);
            }
        });
        return new DraftCheck(problems, problems.isEmpty() ? validatorProblems(draft, base) : List.of());
    }

    /** The problem shown on {@code column}'s row: its rule's, else the first validator message quoting it. */
    String problemOf(String column) {
        String quoted = "'" + column + "'";
        return ruleProblems.getOrDefault(column,
                policyLevel.stream().filter(m -> m.contains(quoted)).findFirst().orElse(""));
    }

    /** The first rule that cannot run, or null when all can. */
    String firstInvalid() {
        return ruleProblems.isEmpty() ? null : ruleProblems.values().iterator().next();
    }

    /** All problems, one per line: the rules that cannot run, else the validator's. */
    String summary() {
        return String.join("\n", ruleProblems.isEmpty() ? policyLevel : ruleProblems.values());
    }

    private static String ruleProblem(String column, DraftState.RuleText text) {
        try {
            PrivacyService.checkRule(new MaskingRule(column, text.operator(), RuleParams.parse(text.params())));
            return null;
        } catch (IllegalArgumentException | PolicyException e) {
            return I18n.message(e);
        }
    }

    private static List<String> validatorProblems(DraftState d, MaskingPolicy base) {
        if (base == null) {
            return List.of();
        }
        List<MaskingRule> rules = new ArrayList<>();
        d.rules().forEach((c, t) -> rules.add(new MaskingRule(c, t.operator(), RuleParams.parse(t.params()))));
        return PrivacyService.problems(new MaskingPolicy(base.formatVersion(), base.id(), base.revision(),
                base.name(), base.updatedAt(), d.roles(), rules));
    }
}
