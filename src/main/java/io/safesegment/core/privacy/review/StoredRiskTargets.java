package io.safesegment.core.privacy.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyJson;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.policy.RiskTargetMeasure;
import io.safesegment.core.privacy.policy.RiskTargets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * The risk targets a workspace dataset must meet when it leaves as it is, without a masking step (decision 0033):
 * the targets its own lineage carries (an {@code anonymise} step's search targets, a {@code mask} step's policy
 * revision) and the saved policy of the dataset or of its nearest ancestor that has one (the Privacy section's
 * {@code policies/<dataset>.policy.json}). Every one found must be met, each over the columns its own roles name.
 */
public final class StoredRiskTargets {
    private static final Logger LOG = LoggerFactory.getLogger(StoredRiskTargets.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private StoredRiskTargets() {
    }

    /**
     * One set of stored targets.
     *
     * @param source  where they are stored, for messages ("policy customers@3", "anonymise step of 'x'")
     * @param targets the targets
     * @param roles   the column roles they are measured over
     */
    public record Stored(String source, RiskTargets targets, Map<String, ColumnRole> roles) {
        /** Copies the roles. */
        public Stored {
            roles = Map.copyOf(roles);
        }
    }

    /**
     * One set of stored targets measured on the table that would leave.
     *
     * @param source where the targets are stored
     * @param check  what was measured, with the missed targets
     */
    public record Checked(String source, RiskTargetCheck check) {
    }

    /** Finds a saved policy by id and revision (the workspace's store and its history), or empty. */
    @FunctionalInterface
    public interface PolicyLookup {
        /** The policy {@code id} at {@code revision}, or empty when the store no longer has it. */
        Optional<MaskingPolicy> find(String id, int revision);
    }

    /** Targets as lineage-step parameters (only the set fields). */
    public static Map<String, Object> asMap(RiskTargets targets) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.convertValue(targets, LinkedHashMap.class);
        return map;
    }

    /**
     * The stored targets of {@code dataset}, in the order lineage first, then the saved policy of the dataset or its
     * nearest ancestor. A policy (id and revision) found twice is checked once.
     *
     * @param policyFile where the saved policy of a dataset (by name) lives
     */
    public static List<Stored> find(DatasetCatalog catalog, Dataset dataset, java.util.function.Function<String,
            Path> policyFile, PolicyLookup lookup) {
        List<Stored> found = new ArrayList<>();
        Set<String> policies = new HashSet<>();
        for (LineageStep step : dataset.steps()) {
            Map<String, Object> p = step.parameters();
            if (step.kind().equals("anonymise") && p.get("riskTargets") instanceof Map<?, ?> targets) {
                Map<String, ColumnRole> roles = new LinkedHashMap<>();
                if (p.get("quasiIdentifiers") instanceof List<?> qis) {
                    qis.forEach(q -> roles.put(String.valueOf(q), ColumnRole.QUASI_IDENTIFIER));
                }
                if (p.get("sensitive") != null) {
                    roles.put(String.valueOf(p.get("sensitive")), ColumnRole.SENSITIVE);
                }
                found.add(new Stored("anonymise step of '" + dataset.name() + "'",
                        JSON.convertValue(targets, RiskTargets.class), roles));
            } else if (step.kind().equals("mask") && p.get("policy") != null && p.get("revision") instanceof Number r) {
                lookup.find(String.valueOf(p.get("policy")), r.intValue()).filter(m -> m.riskTargets() != null)
                        .ifPresent(m -> add(found, policies, m));
            }
        }
        // the nearest saved policy up the lineage: the targets the Privacy section set for this data
        Deque<Dataset> queue = new ArrayDeque<>(List.of(dataset));
        Set<Long> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Dataset d = queue.poll();
            if (!seen.add(d.id())) {
                continue;
            }
            Path file = policyFile.apply(d.name());
            if (file != null && Files.isRegularFile(file)) {
                try {
                    MaskingPolicy saved = PolicyJson.read(file);
                    if (saved.riskTargets() != null) {
                        add(found, policies, saved);
                        break;
                    }
                } catch (RuntimeException e) { // an unreadable policy cannot vouch for anything: logged, skipped
                    LOG.warn("Skipping unreadable policy file {}", file.getFileName());
                }
            }
            d.parents().forEach(id -> catalog.byId(id).ifPresent(queue::add));
        }
        return found;
    }

    private static void add(List<Stored> found, Set<String> policies, MaskingPolicy policy) {
        String source = "policy " + policy.id() + "@" + policy.revision();
        if (policies.add(source)) {
            found.add(new Stored(source, policy.riskTargets(), policy.roles()));
        }
    }

    /** Measures {@code table} against every stored set. */
    public static List<Checked> check(Table table, List<Stored> stored) {
        return stored.stream().map(s -> new Checked(s.source(), RiskTargetMeasure.check(table, s.roles(),
                s.targets()))).toList();
    }
}
