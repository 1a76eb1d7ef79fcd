package io.safesegment.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted backups and verified restores: a corrupted or forged backup leaves the workspace byte for byte as it was. */
class BackupServiceTest {
    static final Actor ADMIN = new Actor("ada", Role.ADMINISTRATOR);
    static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;
    Path ws;
    Path backup;

    @BeforeEach
    void workspaceWithADataset() throws IOException {
        ws = dir.resolve("ws");
        Path csv = Files.writeString(dir.resolve("people.csv"), "id,email\n1,a@example.com\n2,b@example.org\n",
                StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(Workspace.open(ws), csv, io.safesegment.core.data.io.CsvImportOptions.defaults(), t -> Map.of(), Progress.NONE);
        Files.writeString(ws.resolve("notes.txt"), "workspace notes", StandardCharsets.UTF_8);
        backup = dir.resolve("ws.ssbackup");
    }

    @Test
    void aBackupRestoresEveryFileAndTheDatabase() throws IOException {
        BackupResult made = BackupService.create(ws, backup, PASSWORD, ADMIN, Progress.NONE);
        assertTrue(made.files() >= 3, "database, dataset file, notes: " + made.files());
        assertFalse(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1).contains("a@example.com"),
                "the backup is encrypted");
        Map<String, String> before = snapshot(ws);
        Files.writeString(ws.resolve("notes.txt"), "changed after the backup", StandardCharsets.UTF_8);
        Files.writeString(ws.resolve("stray.txt"), "not in the backup", StandardCharsets.UTF_8);

        BackupResult restored = BackupService.restore(backup, ws, PASSWORD, ADMIN, Progress.NONE);
        assertEquals(made.files(), restored.files());
        assertEquals("workspace notes", Files.readString(ws.resolve("notes.txt")));
        assertFalse(Files.exists(ws.resolve("stray.txt")));
        Map<String, String> after = snapshot(ws);
        after.remove(Workspace.DATABASE_FILE);
        before.remove(Workspace.DATABASE_FILE); // the restored database gained the restore entry
        assertEquals(before, after);
        Workspace reopened = Workspace.open(ws);
        assertEquals(List.of("people.csv"), new DatasetStore(reopened).list().stream().map(d -> d.name()).toList());
        List<String> actions = AuditService.list(reopened, AuditFilter.ALL).stream().map(AuditEntry::action).toList();
        assertTrue(actions.contains(AuditAction.RESTORE.code()), actions.toString());
        assertTrue(AuditService.verify(reopened, List.of()).valid());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".ws.")).toList(),
                    "no staging or replaced folder is left behind");
        }
    }

    @Test
    void aTruncatedBackupLeavesTheWorkspaceExactlyAsItWas() throws IOException {
        BackupService.create(ws, backup, PASSWORD, ADMIN, Progress.NONE);
        byte[] bytes = Files.readAllBytes(backup);
        Path truncated = Files.write(dir.resolve("truncated.ssbackup"), java.util.Arrays.copyOf(bytes,
                bytes.length - 100));
        Map<String, String> before = snapshot(ws);
        assertThrows(TamperedDataException.class,
                () -> BackupService.restore(truncated, ws, PASSWORD, ADMIN, Progress.NONE));
        assertEquals(before, snapshot(ws));
    }

    @Test
    void aBitFlippedBackupLeavesTheWorkspaceExactlyAsItWas() throws IOException {
        BackupService.create(ws, backup, PASSWORD, ADMIN, Progress.NONE);
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x10;
        Path flipped = Files.write(dir.resolve("flipped.ssbackup"), bytes);
        Map<String, String> before = snapshot(ws);
        assertThrows(CryptoException.class, () -> BackupService.restore(flipped, ws, PASSWORD, ADMIN, Progress.NONE));
        assertEquals(before, snapshot(ws));
        assertThrows(CryptoException.class, () -> BackupService.restore(backup, ws, "wrong".toCharArray(), ADMIN,
                Progress.NONE));
        assertEquals(before, snapshot(ws));
    }

    @Test
    void aWellEncryptedButForgedListingIsRefusedBeforeTheSwap() throws IOException {
        Path zip = dir.resolve("forged.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(Workspace.DATABASE_FILE));
            out.write(Files.readAllBytes(ws.resolve(Workspace.DATABASE_FILE)));
            out.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            out.write(("{\"format\":1,\"createdAt\":\"2026-01-01T00:00:00Z\",\"files\":[{\"path\":\"workspace.db\","
                    + "\"size\":1,\"sha256\":\"00\"}]}").getBytes(StandardCharsets.UTF_8));
        }
        Path forged = dir.resolve("forged.ssbackup");
        CryptoService.encryptWithPassword(zip, forged, PASSWORD, Progress.NONE);
        Map<String, String> before = snapshot(ws);
        BackupException e = assertThrows(BackupException.class,
                () -> BackupService.restore(forged, ws, PASSWORD, ADMIN, Progress.NONE));
        assertTrue(e.getMessage().contains("workspace.db does not match its SHA-256"), e.getMessage());
        assertEquals(before, snapshot(ws));
    }

    @Test
    void onlyAnAdministratorBacksUpAndNeverIntoTheWorkspace() {
        assertThrows(BackupException.class, () -> BackupService.create(ws, backup,
                PASSWORD, new Actor("olga", Role.PRIVACY_OFFICER), Progress.NONE));
        assertFalse(Files.exists(backup));
        assertThrows(BackupException.class, () -> BackupService.create(ws, ws.resolve("inside.ssbackup"),
                PASSWORD, ADMIN, Progress.NONE));
        assertEquals("permission-denied", AuditService.list(Workspace.open(ws), AuditFilter.ALL).getLast().action());
    }

    /** Relative path → SHA-256 of every file under {@code root}. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(p).toString(), DatasetStore.fingerprint(p));
            }
        }
        return result;
    }
}
