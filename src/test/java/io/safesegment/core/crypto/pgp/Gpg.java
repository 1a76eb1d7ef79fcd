package io.safesegment.core.crypto.pgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real GnuPG in a throw-away GNUPGHOME, non-interactive, for interoperability tests (core and GUI). */
public final class Gpg implements AutoCloseable {
    private final Path home;

    public Gpg(Path home) throws IOException {
        this.home = Files.createDirectories(home);
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    /** Runs gpg with batch flags plus {@code args}; fails the test on a non-zero exit unless {@code mayFail}. */
    public Result run(boolean mayFail, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback", "--passphrase", ""));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(home, "gpg", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("gpg did not finish: " + cmd);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!mayFail) {
            assertEquals(0, p.exitValue(), "gpg " + String.join(" ", args) + " failed:\n" + output);
        }
        return new Result(p.exitValue(), output);
    }

    public Result run(String... args) throws IOException {
        return run(false, args);
    }

    /** Generates a key without passphrase and returns its fingerprint. */
    public String generate(String userId, String algo, String usage, String expire, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of(extra));
        args.addAll(List.of("--quick-gen-key", userId, algo, usage, expire));
        run(args.toArray(String[]::new));
        return fingerprint(userId);
    }

    public String fingerprint(String userId) throws IOException {
        for (String line : run("--with-colons", "--list-keys", userId).output().split("\n")) {
            if (line.startsWith("fpr:")) {
                return line.split(":")[9];
            }
        }
        throw new IOException("no fingerprint for " + userId);
    }

    /** Exports the ASCII-armoured public key of {@code id} to {@code file}. */
    public Path exportPublic(String id, Path file) throws IOException {
        run("--armor", "--output", file.toString(), "--export", id);
        assertTrue(Files.size(file) > 0);
        return file;
    }

    /** Imports the revocation certificate gpg made at key generation, revoking the key. */
    public void revoke(String fingerprint) throws IOException {
        Path rev = home.resolve("openpgp-revocs.d").resolve(fingerprint + ".rev");
        String cert = Files.readString(rev).replace(":-----BEGIN", "-----BEGIN");
        Path usable = Files.writeString(home.resolve("revoke.asc"), cert);
        run("--import", usable.toString());
    }

    public record Result(int exit, String output) {
    }

    @Override
    public void close() throws IOException {
        Process p = new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
