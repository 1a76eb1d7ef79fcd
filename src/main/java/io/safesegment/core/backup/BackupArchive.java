package io.safesegment.core.backup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.i18n.LocalizedIOException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.TempFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The plaintext inside a backup: a ZIP of the workspace's files (the database as a consistent {@code VACUUM INTO}
 * snapshot) plus {@value #MANIFEST}, which lists every file with its size and SHA-256. Restores check the listing
 * both ways before anything is swapped in.
 */
final class BackupArchive {
    static final String MANIFEST = "safesegment-backup.json";
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One file of the backup. */
    record Entry(String path, long size, String sha256) {
    }

    /** The listing stored in the archive. */
    record Manifest(int format, String createdAt, List<Entry> files) {
    }

    private BackupArchive() {
    }

    /** Writes the archive of {@code workspace} to {@code zip}; returns its listing. */
    static Manifest write(Workspace workspace, Path zip, String createdAt) throws IOException {
        Path dir = workspace.directory();
        Path snapshot = TempFiles.privateFolder("backup").resolve("db-" + System.nanoTime() + ".sqlite");
        try {
            snapshotDatabase(workspace, snapshot);
            List<Entry> entries = new ArrayList<>();
            try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
                entries.add(add(out, Workspace.DATABASE_FILE, snapshot));
                for (Path file : files(dir)) {
                    entries.add(add(out, dir.relativize(file).toString().replace('\\', '/'), file));
                }
                Manifest manifest = new Manifest(FORMAT, createdAt, entries);
                out.putNextEntry(new ZipEntry(MANIFEST));
                out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                out.closeEntry();
                return manifest;
            }
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    /**
     * Unpacks {@code zip} into the empty folder {@code staging} and checks it: every entry a plain relative path,
     * listed in the manifest with the same size and SHA-256, every listed file present, and the database passes
     * SQLite's integrity check.
     *
     * @throws BackupException naming the first problem
     */
    static Manifest unpackAndVerify(Path zip, Path staging, String source) throws IOException {
        Map<String, String[]> found = new HashMap<>();
        Manifest manifest = null;
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (name.equals(MANIFEST)) {
                    try {
                        manifest = MAPPER.readValue(in.readAllBytes(), Manifest.class);
                    } catch (JacksonException ex) {
                        throw new BackupException(Message.of("backup.backupArchive.listingUnreadable", source), ex);
                    }
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("\\") || !target.startsWith(staging)
                        || target.equals(staging)) {
                    throw new BackupException(Message.of("backup.backupArchive.outside", source, name));
                }
                Files.createDirectories(target.getParent());
                MessageDigest sha = sha256();
                try (OutputStream out = Files.newOutputStream(target)) {
                    new DigestInputStream(in, sha).transferTo(out);
                }
                found.put(name, new String[] {Long.toString(Files.size(target)), HexFormat.of().formatHex(sha.digest())});
            }
        }
        if (manifest == null || manifest.format() != FORMAT) {
            throw new BackupException(Message.of("backup.backupArchive.noListing", source, FORMAT));
        }
        for (Entry listed : manifest.files()) {
            String[] actual = found.remove(listed.path());
            if (actual == null) {
                throw new BackupException(Message.of("backup.backupArchive.missing", source, listed.path()));
            }
            if (Long.parseLong(actual[0]) != listed.size() || !actual[1].equals(listed.sha256())) {
                throw new BackupException(Message.of("backup.backupArchive.digest", source, listed.path()));
            }
        }
        if (!found.isEmpty()) {
            throw new BackupException(Message.of("backup.backupArchive.unlisted", source,
                    found.keySet().iterator().next()));
        }
        checkDatabase(staging.resolve(Workspace.DATABASE_FILE), source);
        return manifest;
    }

    private static void checkDatabase(Path db, String source) {
        if (!Files.isRegularFile(db)) {
            throw new BackupException(Message.of("backup.backupArchive.noDatabase", source, Workspace.DATABASE_FILE));
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new BackupException(Message.of("backup.backupArchive.integrity", source, result));
            }
        } catch (SQLException e) {
            throw new BackupException(Message.of("backup.backupArchive.cannotOpen", source, LocalizedMessage.of(e)), e);
        }
    }

    private static void snapshotDatabase(Workspace workspace, Path snapshot) throws IOException {
        try (Connection c = workspace.connect(); Statement st = c.createStatement()) {
            // a consistent copy even while another process writes (a plain file copy could catch half a transaction)
            st.execute("VACUUM INTO '" + snapshot.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new LocalizedIOException(Message.of("backup.backupArchive.cannotSnapshot", workspace.databaseFile(),
                    LocalizedMessage.of(e)), e);
        }
    }

    /** The workspace's files except the live database, its journals, locks and temporary files. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(Workspace.DATABASE_FILE) && !name.endsWith(TempFiles.SUFFIX)
                        && !name.endsWith(".lock");
            }).sorted().toList();
        }
    }

    private static Entry add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            size = in.transferTo(out);
        }
        out.closeEntry();
        return new Entry(name, size, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new LocalizedStateException(Message.of("workspace.datasetStore.sha256IsNot"), e);
        }
    }
}
