package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's tamper-evident audit trail: the other core services {@link #record} each significant action here
 * (one call per action), front ends {@link #list}, {@link #verify} and {@link #exportCsv}. Entries hold names,
 * settings and outcomes only — never a value of a data subject, a key or a password.
 *
 * <p>Every {@value #CHECKPOINT_INTERVAL} entries a checkpoint is due; it is written with the first record call that
 * brings a {@link CheckpointSigner} (i.e. runs with the vault unlocked), or on demand by {@link #checkpoint}.
 */
public final class AuditService {
    /** Entries between two automatic checkpoints. */
    public static final int CHECKPOINT_INTERVAL = 50;
    /** Workspace directory (absolute, normalised) → the account signed in on it in this process. */
    private static final java.util.Map<Path, String> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private AuditService() {
    }

    /**
     * Who is acting, until workspace accounts exist: the OS user name, or {@code local} when the JVM does not know it.
     */
    public static String currentUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "local" : name;
    }

    /**
     * Remembers that {@code account} signed in on the workspace in {@code directory} in this process (the sign-in
     * calls it), so the services that are not handed an actor record the account rather than the OS user
     * ({@link #actingUser}; record 0034). One desktop window or one CLI command is one process with one signed-in
     * account per workspace.
     */
    public static void signedIn(Path directory, String account) {
        SIGNED_IN.put(key(directory), account);
    }

    /** Forgets the account signed in on the workspace in {@code directory} (sign-out). */
    public static void signedOut(Path directory) {
        SIGNED_IN.remove(key(directory));
    }

    /**
     * Who acts on the workspace in {@code directory} for a service that is not handed an actor: the account signed in
     * on it in this process, else (an ungoverned workspace) the OS user.
     */
    public static String actingUser(Path directory) {
        String account = directory == null ? null : SIGNED_IN.get(key(directory));
        return account != null ? account : currentUser();
    }

    /** Records {@code event} by the {@link #actingUser acting user} in {@code workspace}'s trail. */
    public static AuditEntry record(Workspace workspace, AuditEvent event) {
        return record(workspace, actingUser(workspace.directory()), withOsUser(workspace.directory(), event), null);
    }

    /**
     * Records {@code event} by {@code user}; when a checkpoint is due and {@code signer} is not null, signs one.
     *
     * @param signer the unlocked vault's signer, or null
     */
    public static AuditEntry record(Workspace workspace, String user, AuditEvent event, CheckpointSigner signer) {
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Message.of("governance.auditService.needsUser"));
        }
        AuditLog log = new AuditLog(workspace);
        AuditEntry entry = log.append(user, event, Instant.now());
        if (signer != null) {
            long[] heads = log.heads();
            if (heads[0] - heads[1] >= CHECKPOINT_INTERVAL) {
                log.checkpoint(signer);
            }
        }
        return entry;
    }

    /**
     * Records {@code event} when {@code directory} holds a workspace database, and does nothing otherwise: key
     * vaults and encrypted files can live outside a workspace, and recording must not create one there.
     */
    public static void recordIfWorkspace(Path directory, AuditEvent event, CheckpointSigner signer) {
        if (directory != null && Files.isRegularFile(directory.resolve(Workspace.DATABASE_FILE))) {
            record(Workspace.open(directory), actingUser(directory), withOsUser(directory, event), signer);
        }
    }

    /** The entries matching {@code filter}, oldest first. */
    public static List<AuditEntry> list(Workspace workspace, AuditFilter filter) {
        return new AuditLog(workspace).list(filter);
    }

    /**
     * Checks the chain and the checkpoints; the result names the first broken sequence.
     *
     * @param trustedKeys X.509 Ed25519 public keys of the workspace (from the unlocked vault); empty when the vault is
     *                    locked, in which case the checkpoints must all be signed by the key of the first one
     */
    public static AuditVerification verify(Workspace workspace, List<byte[]> trustedKeys) {
        return new AuditLog(workspace).verify(List.copyOf(trustedKeys));
    }

    /** Signs a checkpoint over the current chain head now; empty when the trail has no entry. */
    public static Optional<Long> checkpoint(Workspace workspace, CheckpointSigner signer) {
        return new AuditLog(workspace).checkpoint(signer);
    }

    /**
     * Writes the entries matching {@code filter} as CSV (RFC 4180, UTF-8) to {@code out} atomically, and records
     * the export itself.
     *
     * @return how many entries were written
     */
    public static int exportCsv(Workspace workspace, AuditFilter filter, Path out) throws IOException {
        List<AuditEntry> entries = list(workspace, filter);
        AtomicFiles.write(out, true, stream -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            w.write("sequence,time,user,action,object,fingerprint,outcome,detail,prev_hash,entry_hash\r\n");
            for (AuditEntry e : entries) {
                w.write(String.join(",", Long.toString(e.sequence()), e.at().toString(), csv(e.user()),
                        csv(e.action()), csv(e.object()), csv(e.fingerprint()), csv(e.outcome()), csv(e.detail()),
                        e.prevHash(), e.entryHash()));
                w.write("\r\n");
            }
            w.flush();
        });
        record(workspace, new AuditEvent(AuditAction.AUDIT_EXPORT, out.getFileName().toString(), null,
                AuditOutcome.SUCCESS, "entries=" + entries.size()));
        return entries.size();
    }

    /** With an account acting, the OS user that ran the process is kept as a secondary field in the detail. */
    private static AuditEvent withOsUser(Path directory, AuditEvent event) {
        if (directory == null || !SIGNED_IN.containsKey(key(directory))) {
            return event;
        }
        String os = "os-user=" + currentUser();
        if (event.detail() != null && event.detail().length() + os.length() + 1 > AuditEvent.MAX_DETAIL) {
            return event; // a long detail keeps its content; the account is the primary field anyway
        }
        return new AuditEvent(event.action(), event.object(), event.fingerprint(), event.outcome(),
                event.detail() == null || event.detail().isBlank() ? os : event.detail() + " " + os);
    }

    private static Path key(Path directory) {
        return directory.toAbsolutePath().normalize();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
