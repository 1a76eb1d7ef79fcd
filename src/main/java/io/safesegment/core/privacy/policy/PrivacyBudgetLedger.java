package io.safesegment.core.privacy.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The workspace's differential-privacy ledger ({@value #FILE_NAME} in the workspace folder): per dataset the
 * configured total ε and δ, what has been spent, and one entry per release. Every run of a policy with noise rules
 * is charged its {@link PrivacyCost}; a run that would exceed the total is refused before anything is written.
 *
 * <p>Kept as a small JSON file beside the vault rather than in {@code workspace.db} so that it can be read without
 * opening the database and diffed by hand; it holds no personal data or secrets (dataset names, numbers, times).
 * Written atomically; every change re-reads, checks and writes under an exclusive lock on
 * {@code privacy-budget.json.lock}, so two processes charging at once can neither lose a charge nor both squeeze
 * into the last of the budget.
 */
public final class PrivacyBudgetLedger {
    /** File name inside the workspace folder. */
    public static final String FILE_NAME = "privacy-budget.json";
    /** Total ε a dataset gets unless configured otherwise. */
    public static final double DEFAULT_TOTAL_EPSILON = 5.0;
    /** Total δ a dataset gets unless configured otherwise. */
    public static final double DEFAULT_TOTAL_DELTA = 1e-5;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    private PrivacyBudgetLedger(Path file) {
        this.file = file;
    }

    /** The ledger of the workspace in {@code workspaceDir} (the file is created on the first change). */
    public static PrivacyBudgetLedger in(Path workspaceDir) {
        return new PrivacyBudgetLedger(workspaceDir.resolve(FILE_NAME));
    }

    /** The ledger file. */
    public Path file() {
        return file;
    }

    /** The budget of {@code datasetId} (defaults when nothing is recorded yet). */
    public BudgetStatus status(String datasetId) {
        return statusIn(read(), datasetId);
    }

    /**
     * Configures the total budget of a dataset. Lowering it below what is already spent is allowed (no further
     * noise release is then possible); the totals must be finite and non-negative.
     */
    public BudgetStatus setTotal(String datasetId, double totalEpsilon, double totalDelta) {
        if (!(totalEpsilon >= 0) || Double.isInfinite(totalEpsilon)) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.theTotalPrivacyBudget", String.valueOf(totalEpsilon)));
        }
        if (!(totalDelta >= 0) || !(totalDelta < 1)) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.theTotalPrivacyBudget2", String.valueOf(totalDelta)));
        }
        return locked(() -> {
            ObjectNode root = read();
            ObjectNode entry = entry(root, datasetId);
            entry.put("totalEpsilon", totalEpsilon);
            entry.put("totalDelta", totalDelta);
            write(root);
            return statusIn(root, datasetId);
        });
    }

    /** Throws a {@link PolicyException} saying what is spent and remaining when {@code cost} does not fit. */
    public BudgetStatus requireAffordable(String datasetId, PrivacyCost cost) {
        BudgetStatus status = status(datasetId);
        if (!status.affords(cost)) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.exceeded",
                    datasetId, num(cost.epsilon()), num(cost.delta()), num(status.remainingEpsilon()),
                    num(status.remainingDelta()), num(status.totalEpsilon()), num(status.totalDelta()),
                    num(status.spentEpsilon()), num(status.spentDelta())));
        }
        return status;
    }

    /** Records a release costing {@code cost}; refuses (without recording) when it does not fit. */
    public BudgetStatus charge(String datasetId, PrivacyCost cost, String policyId, int policyRevision) {
        if (cost.isZero()) {
            return status(datasetId);
        }
        return locked(() -> {
            requireAffordable(datasetId, cost);
            ObjectNode root = read();
            ObjectNode entry = entry(root, datasetId);
            entry.put("spentEpsilon", entry.path("spentEpsilon").asDouble(0) + cost.epsilon());
            entry.put("spentDelta", entry.path("spentDelta").asDouble(0) + cost.delta());
            ArrayNode releases = entry.has("releases") ? (ArrayNode) entry.get("releases") : entry.putArray("releases");
            releases.addObject().put("at", Instant.now().toString()).put("policyId", policyId)
                    .put("policyRevision", policyRevision).put("epsilon", cost.epsilon()).put("delta", cost.delta());
            write(root);
            return statusIn(root, datasetId);
        });
    }

    /** Runs a read-modify-write under an exclusive file lock shared by every process using this workspace. */
    private BudgetStatus locked(java.util.function.Supplier<BudgetStatus> change) {
        Path lockFile = file.resolveSibling(FILE_NAME + ".lock");
        // A file lock is per process; threads of this process queue on the class monitor first.
        synchronized (PrivacyBudgetLedger.class) {
            return lockedAcrossProcesses(lockFile, change);
        }
    }

    private BudgetStatus lockedAcrossProcesses(Path lockFile, java.util.function.Supplier<BudgetStatus> change) {
        try {
            Files.createDirectories(file.getParent());
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock lock = channel.lock()) {
                return change.get();
            }
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.cannotLockPrivacyBudget", file, LocalizedMessage.of(e)), e);
        }
    }

    private static BudgetStatus statusIn(ObjectNode root, String datasetId) {
        JsonNode e = root.path("datasets").path(datasetId);
        return new BudgetStatus(datasetId, e.path("totalEpsilon").asDouble(DEFAULT_TOTAL_EPSILON),
                e.path("totalDelta").asDouble(DEFAULT_TOTAL_DELTA), e.path("spentEpsilon").asDouble(0),
                e.path("spentDelta").asDouble(0));
    }

    private static ObjectNode entry(ObjectNode root, String datasetId) {
        if (datasetId == null || datasetId.isBlank()) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.aPrivacyBudgetNeeds"));
        }
        ObjectNode datasets = root.has("datasets") ? (ObjectNode) root.get("datasets") : root.putObject("datasets");
        if (!datasets.has(datasetId)) {
            datasets.putObject(datasetId).put("totalEpsilon", DEFAULT_TOTAL_EPSILON).put("totalDelta", DEFAULT_TOTAL_DELTA)
                    .put("spentEpsilon", 0.0).put("spentDelta", 0.0);
        }
        return (ObjectNode) datasets.get(datasetId);
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("formatVersion", 1);
            return root;
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file));
            if (!(node instanceof ObjectNode root) || (root.has("datasets") && !root.get("datasets").isObject())) {
                throw new PolicyException(Message.of("policy.privacyBudgetLedger.privacyBudgetFile", file));
            }
            return root;
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.cannotReadPrivacyBudget", file, LocalizedMessage.of(e)), e);
        }
    }

    private void write(ObjectNode root) {
        try {
            AtomicFiles.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", true);
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.privacyBudgetLedger.cannotWritePrivacyBudget", file, LocalizedMessage.of(e)), e);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
