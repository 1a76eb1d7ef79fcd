package io.safesegment.core.privacy;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.policy.PrivacyBudgetLedger;
import io.safesegment.core.privacy.policy.PrivacyCost;
import io.safesegment.core.privacy.policy.RiskTargetCheck;
import io.safesegment.core.privacy.review.RiskOverride;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The governance around a recipe's mask step when another engine (Apache Spark, record 0037) does the masking: the
 * same checks, charges and records as {@link PrivacyService#mask} for a recipe replay, in the same order, so a mask
 * step is governed alike on both engines. {@link #before} runs before anything is read (approval gate, budget
 * check), {@link #measured} when the engine has measured the masked output against the policy's risk targets (the
 * override's permission), {@link #release} after the masking and leak scan but before the file is written (the
 * leak-scan override's permission, the budget charge), {@link #record} at the end (export ledger, audit entry,
 * override alert).
 */
public final class EngineMaskRelease {
    private static final Logger LOG = LoggerFactory.getLogger(EngineMaskRelease.class);

    private final Path workspace;
    private final Actor actor;
    private final Path output;
    private final String source;
    private final String datasetId;
    private final io.safesegment.core.privacy.policy.MaskingPolicy policy;
    private final Long approvalId;
    private final PrivacyBudgetLedger ledger;
    private final String riskOverrideReason;
    private RiskTargetCheck risk;
    private RiskOverride riskOverride;

    private EngineMaskRelease(Path workspace, Actor actor, Path output, String source, String datasetId,
                              io.safesegment.core.privacy.policy.MaskingPolicy policy, String riskOverrideReason) {
        // as the desktop's MaskOptions: a blank or too long reason is refused before anything runs
        this.riskOverrideReason = riskOverrideReason == null ? null : RiskOverride.requireReason(riskOverrideReason);
        this.workspace = workspace;
        this.actor = actor;
        this.output = output;
        this.source = source;
        this.datasetId = datasetId;
        this.policy = policy;
        this.approvalId = ExportGovernance.approval(workspace, policy); // refused before any read
        this.ledger = PrivacyBudgetLedger.in(workspace);
        ledger.requireAffordable(datasetId, PrivacyCost.of(policy));
    }

    /**
     * Before the engine reads anything: the approval this policy revision needs on the workspace, and the dataset's
     * privacy budget for the policy's noise rules (as {@link PrivacyService#checkBudget}).
     *
     * @param workspace the recipe's workspace
     * @param actor     who replays the recipe (null on an ungoverned workspace)
     * @param output    the file the step writes
     * @param source    the input file's name, as the audit entry names the source
     * @param datasetId the id that keys the noise and names the privacy budget
     * @throws io.safesegment.core.privacy.policy.PolicyException when the budget cannot afford the policy
     */
    public static EngineMaskRelease before(Path workspace, Actor actor, Path output, String source, String datasetId,
                                           io.safesegment.core.privacy.policy.MaskingPolicy policy) {
        return new EngineMaskRelease(workspace, actor, output, source, datasetId, policy, null);
    }

    /**
     * {@link #before(Path, Actor, Path, String, String, io.safesegment.core.privacy.policy.MaskingPolicy)} with the
     * step's {@code overrideRiskTargets} reason (null: a missed risk target blocks the export).
     *
     * @throws IllegalArgumentException when the reason is blank or too long (never repeating it)
     */
    public static EngineMaskRelease before(Path workspace, Actor actor, Path output, String source, String datasetId,
                                           io.safesegment.core.privacy.policy.MaskingPolicy policy,
                                           String riskOverrideReason) {
        return new EngineMaskRelease(workspace, actor, output, source, datasetId, policy, riskOverrideReason);
    }

    /**
     * The engine's measure of the masked output against the policy's risk targets (the counts it gathered given to
     * {@code RiskTargetMeasure.check(targets, sensitive, rows, suppressed, classes, global)}),
     * decided as the desktop does: a miss blocks the export unless the step gives an override reason, and that
     * override needs the {@code approve} permission (a privacy officer's call; else
     * {@code PermissionDeniedException}, nothing written).
     *
     * @return whether the missed targets block the export
     */
    public boolean measured(RiskTargetCheck check) {
        this.risk = check;
        if (!check.met() && riskOverrideReason != null) {
            riskOverride = RiskOverride.of(riskOverrideReason, policy, check);
            AccessPolicy.require(workspace, actor, Permission.APPROVE, Message.of(
                    "access.what.override", output.getFileName().toString()));
            LOG.warn("Export {} written despite missed risk targets by {}: {}", output, riskOverride.user(),
                    check.summary().english());
        }
        return blockedByRisk();
    }

    /** What {@link #measured} was given, or null when the policy has no risk targets (or nothing was measured). */
    public RiskTargetCheck risk() {
        return risk;
    }

    /** Whether a measured risk target was missed and not overridden (then nothing is released). */
    public boolean blockedByRisk() {
        return risk != null && !risk.met() && riskOverride == null;
    }

    /**
     * Whether the masked output may be written, as the desktop decides: not when the leak scan blocked it, unless
     * {@code allowResidual} and the actor holds {@code export-unmasked} (else {@code PermissionDeniedException},
     * recorded, nothing written), nor when {@link #measured} found a risk target missed and not overridden. A
     * release is charged to the privacy budget before the file is written.
     */
    public boolean release(boolean leakBlocked, boolean allowResidual, String leakSummary) {
        if (leakBlocked && !allowResidual || blockedByRisk()) {
            return false;
        }
        if (leakBlocked) {
            AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED, Message.of(
                    "access.what.override", output.getFileName().toString()));
            LOG.warn("Export {} written with residual personal data by a recipe (allow residual): {}", output,
                    leakSummary);
        }
        ledger.charge(datasetId, PrivacyCost.of(policy), policy.id(), policy.revision());
        return true;
    }

    /** The export ledger (when written) and the audit entry of the step, as the desktop's mask writes them. */
    public void record(boolean leakBlocked, boolean written, long rows) {
        if (written) {
            ExportGovernance.record(workspace, output, source, null, policy, approvalId, leakBlocked, rows);
        }
        if (!written) {
            riskOverride = null; // as the desktop: nothing written, nothing overridden
        }
        PrivacyService.auditExport(Workspace.open(workspace), output, null, source, policy, leakBlocked, written,
                null, risk, riskOverride, approvalId);
    }
}
