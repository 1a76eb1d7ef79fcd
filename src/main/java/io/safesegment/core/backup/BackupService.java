package io.safesegment.core.backup;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.TempFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Encrypted workspace backups (decision 0026). {@link #create} writes one file: the workspace's files and a
 * consistent database snapshot, zipped with a SHA-256 listing, encrypted with AES-256-GCM under a key derived from
 * the backup password with Argon2id (the {@code FileCipher} password format, chunk-authenticated so truncation and
 * bit flips are caught). {@link #restore} decrypts and unpacks into a staging folder beside the workspace, verifies
 * every file against the listing and the database with SQLite's integrity check, and only then swaps the folders by
 * two renames; any failure before the swap leaves the workspace exactly as it was. Only an Administrator may back up
 * or restore.
 */
public final class BackupService {
    private BackupService() {
    }

    /**
     * Backs up {@code workspaceDir} to {@code out} (atomically; never inside the workspace).
     *
     * @param password the backup password; owned and wiped by the caller
     * @throws BackupException when the actor is not an Administrator or {@code out} lies inside the workspace
     */
    public static BackupResult create(Path workspaceDir, Path out, char[] password, Actor actor, Progress progress)
            throws IOException {
        Workspace workspace = Workspace.open(workspaceDir);
        requireAdministrator(workspace, actor, "back up");
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(workspace.directory())) {
            throw new BackupException(Message.of("backup.backupService.inside", target, workspace.directory()));
        }
        String createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path zip = TempFiles.privateFolder("backup").resolve("backup-" + random() + ".zip");
        try {
            progress.update(0.1, "Packing " + workspace.directory().getFileName());
            BackupArchive.Manifest manifest = BackupArchive.write(workspace, zip, createdAt);
            progress.update(0.5, "Encrypting " + target.getFileName());
            CryptoService.encryptWithPassword(zip, target, password, progress.slice(0.5, 1));
            long bytes = manifest.files().stream().mapToLong(BackupArchive.Entry::size).sum();
            AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.BACKUP,
                    target.getFileName().toString(), null, AuditOutcome.SUCCESS, "files=" + manifest.files().size()
                    + " bytes=" + bytes), null);
            return new BackupResult(target, workspace.directory(), manifest.files().size(), bytes, createdAt);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /**
     * Replaces {@code workspaceDir} with the content of {@code backup}, after verifying all of it. The restore is
     * recorded in the restored workspace's audit trail (the replaced trail is gone with the replaced workspace). A
     * failed restore is not recorded anywhere in the workspace: it must stay byte for byte as it was.
     *
     * @throws BackupException or a {@code CryptoException} (wrong password, truncated or altered backup) — in every
     *                         failure the workspace is left exactly as it was
     */
    public static BackupResult restore(Path backup, Path workspaceDir, char[] password, Actor actor,
                                       Progress progress) throws IOException {
        Path target = workspaceDir.toAbsolutePath().normalize();
        if (Files.isRegularFile(target.resolve(Workspace.DATABASE_FILE))) {
            requireAdministrator(Workspace.open(target), actor, "restore");
        } else if (actor.role() != Role.ADMINISTRATOR) {
            throw new BackupException(Message.of("backup.backupService.onlyAdminRestores", actor.user(),
                    actor.role().code()));
        }
        String source = backup.getFileName().toString();
        Path zip = TempFiles.privateFolder("backup").resolve("restore-" + random() + ".zip");
        Path parent = target.getParent();
        Path staging = parent.resolve("." + target.getFileName() + ".restore-" + random());
        try {
            progress.update(0.1, "Decrypting " + source);
            CryptoService.decryptWithPassword(backup, zip, password, progress.slice(0.1, 0.5));
            Files.createDirectories(staging);
            progress.update(0.6, "Verifying " + source);
            BackupArchive.Manifest manifest = BackupArchive.unpackAndVerify(zip, staging, source);
            Files.deleteIfExists(zip);
            progress.update(0.9, "Replacing " + target.getFileName());
            swap(staging, target);
            long bytes = manifest.files().stream().mapToLong(BackupArchive.Entry::size).sum();
            AuditService.record(Workspace.open(target), actor.user(), new AuditEvent(AuditAction.RESTORE, source,
                    null, AuditOutcome.SUCCESS, "files=" + manifest.files().size() + " backupCreatedAt="
                    + manifest.createdAt()), null);
            progress.update(1, "Restored " + target.getFileName());
            return new BackupResult(backup.toAbsolutePath(), target, manifest.files().size(), bytes,
                    manifest.createdAt());
        } finally {
            Files.deleteIfExists(zip);
            deleteTree(staging);
        }
    }

    /** Moves the workspace aside, the staged one in, and deletes the old one; puts the old one back on failure. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".replaced-" + random());
        boolean hadWorkspace = Files.exists(target);
        if (hadWorkspace) {
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            if (hadWorkspace) {
                move(old, target);
            }
            throw new BackupException(Message.of("backup.backupService.cannotMove", target, LocalizedMessage.of(e)), e);
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void requireAdministrator(Workspace workspace, Actor actor, String what) {
        if (actor.role() != Role.ADMINISTRATOR) {
            AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.PERMISSION_DENIED,
                    what.equals("restore") ? "restore" : "backup", null, AuditOutcome.BLOCKED, "role="
                    + actor.role().code()), null);
            throw new BackupException(what.equals("restore")
                    ? Message.of("backup.backupService.onlyAdminRestores", actor.user(), actor.role().code())
                    : Message.of("backup.backupService.onlyAdminBacksUp", actor.user(), actor.role().code()));
        }
    }

    private static String random() {
        byte[] bytes = new byte[8];
        new java.security.SecureRandom().nextBytes(bytes);
        return ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(bytes);
    }

}
