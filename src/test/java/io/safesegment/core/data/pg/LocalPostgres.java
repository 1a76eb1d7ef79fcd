package io.safesegment.core.data.pg;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that starts a throwaway PostgreSQL server from the installed binaries
 * ({@code /usr/lib/postgresql/N/bin}) on 127.0.0.1 and a free port, with password authentication, and removes it
 * afterwards. As root the server runs as user {@code postgres} through {@code runuser}, since PostgreSQL refuses to
 * run as root. Without binaries the tests are skipped with a message, except under CI (env {@code CI} set), where
 * a missing server is a failure.
 */
public final class LocalPostgres implements BeforeAllCallback, AfterAllCallback {
    /** Superuser name of the throwaway cluster. */
    public static final String USER = "postgres";
    /** Its password (test-only, random per JVM). */
    public static final String PASSWORD = "pw-" + Long.toHexString(new java.security.SecureRandom().nextLong());

    private Path base;
    private Path data;
    private Path bin;
    private int port;
    private boolean root;

    /** The TCP port the server listens on. */
    public int port() {
        return port;
    }

    /** A superuser JDBC connection to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, PASSWORD);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        bin = findBinaries();
        if (bin == null) {
            String message = "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin; install the postgresql "
                    + "package to run these tests";
            if (System.getenv("CI") != null) {
                throw new ExtensionConfigurationException(message + " (CI is set, so this is a failure)");
            }
            Assumptions.abort(message);
        }
        root = "root".equals(System.getProperty("user.name"));
        base = Files.createTempDirectory("safesegment-pg-");
        data = base.resolve("data");
        Path sockets = base.resolve("sock");
        Path logs = base.resolve("log");
        Files.createDirectories(sockets);
        Files.createDirectories(logs);
        Path pwfile = base.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
        if (root) {
            run(List.of("chown", "-R", USER + ":", base.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "scram-sha-256",
                "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C"), true);
        port = freePort();
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", logs.resolve("server.log")
                .toString(), "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + sockets,
                "start"), true);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (data != null && Files.exists(data.resolve("postmaster.pid"))) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"),
                    true);
        }
        if (base != null) {
            try (Stream<Path> files = Files.walk(base)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && root) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IOException("Command failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n"
                    + output);
        }
    }

    private static Path findBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            for (Path v : versions) {
                Path b = v.resolve("bin");
                if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
                    found.add(b);
                }
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        return found.isEmpty() ? null : found.getLast();
    }

    /** A port that was free a moment ago; the tiny race with other processes is acceptable for tests. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
