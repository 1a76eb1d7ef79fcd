package io.safesegment.core.privacy.review;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Keeps a masked table as a {@link DatasetKind#MASKED} workspace dataset whose parent is the dataset it was masked
 * from, so Segments and Recommendations can work on it. The lineage step records the policy id, revision and the
 * operator per column — never key material, operator parameters or values.
 */
public final class MaskedDatasets {
    private MaskedDatasets() {
    }

    /**
     * Where a masked table comes from.
     *
     * @param catalog the workspace's datasets
     * @param source  the dataset that was masked, or null when it is not a workspace dataset
     */
    public record Lineage(DatasetCatalog catalog, Dataset source) {
        /** Validates. */
        public Lineage {
            java.util.Objects.requireNonNull(catalog, "catalog");
        }
    }

    /**
     * Registers {@code masked} (the output of {@code policy}) under {@code name}.
     *
     * @param exportedTo the file name of the export it was written to, or null
     */
    public static Dataset register(Lineage lineage, String name, Table masked, MaskingPolicy policy,
                                   String exportedTo, Progress progress) {
        return register(lineage, name, masked, policy, exportedTo, null, progress);
    }

    /**
     * Registers {@code masked} like {@link #register(Lineage, String, Table, MaskingPolicy, String, Progress)}; an
     * export written despite the leak scan keeps the privacy officer's override (reason, user, time, leak summary —
     * never values) in the lineage step.
     *
     * @param override the override, or null when the export was clean
     */
    public static Dataset register(Lineage lineage, String name, Table masked, MaskingPolicy policy,
                                   String exportedTo, LeakOverride override, Progress progress) {
        return register(lineage, name, masked, policy, exportedTo, override, null, progress);
    }

    /**
     * Registers {@code masked} like {@link #register(Lineage, String, Table, MaskingPolicy, String, LeakOverride,
     * Progress)}; an export written although its measured risk missed the policy's risk targets keeps the officer's
     * {@code riskOverride} (reason, user, time, the missed targets) in the lineage step.
     *
     * @param riskOverride the risk-target override, or null when the targets were met (or the policy has none)
     */
    public static Dataset register(Lineage lineage, String name, Table masked, MaskingPolicy policy,
                                   String exportedTo, LeakOverride override, RiskOverride riskOverride,
                                   Progress progress) {
        Map<String, String> operators = new LinkedHashMap<>();
        for (MaskingRule rule : policy.rules()) {
            operators.put(rule.column(), rule.operator());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("policy", policy.id());
        parameters.put("revision", policy.revision());
        parameters.put("operators", operators);
        if (exportedTo != null) {
            parameters.put("exportedTo", exportedTo);
        }
        if (override != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reason", override.reason());
            o.put("user", override.user());
            o.put("at", override.at().toString());
            o.put("leakSummary", override.leakSummary());
            parameters.put("leakOverride", o);
        }
        if (riskOverride != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reason", riskOverride.reason());
            o.put("user", riskOverride.user());
            o.put("at", riskOverride.at().toString());
            o.put("missedTargets", riskOverride.misses());
            parameters.put("riskOverride", o);
        }
        Dataset source = lineage.source();
        // Masking keeps column names, so the source's semantic roles still say what each column means.
        RoleMapping roles = source == null ? RoleMapping.empty() : source.roles();
        return lineage.catalog().registerTable(name, masked, DatasetKind.MASKED, policy.roles(), roles,
                source == null ? List.of() : List.of(source.id()), List.of(new LineageStep("mask", parameters)),
                progress);
    }
}
