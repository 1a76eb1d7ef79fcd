package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files that may hold plaintext (a file being decrypted, an export being written) and must not outlive a
 * crash. They are created beside their target with owner-only permissions and a recognisable name
 * {@code .<target>.<pid>-<random>.sstmp}: the process id lets {@link LeftoverCleanup} tell a leftover of a dead
 * process from a file another running process is still writing. Every directory that ever held one is listed in
 * {@code <SAFESEGMENT_HOME>/tmp/temp-dirs.txt} so the next start knows where to look.
 */
public final class TempFiles {
    /** Suffix of every SafeSegment temporary file. */
    public static final String SUFFIX = ".sstmp";
    /** Matches a temporary file name and captures the process id that created it. */
    static final Pattern NAME = Pattern.compile("^\\..*\\.(\\d{1,10})-[0-9a-f]{16}" + Pattern.quote(SUFFIX) + "$");
    /** Matches a private temporary folder name ({@code <purpose>-<pid>}) under the user folder's {@code tmp/}. */
    static final Pattern FOLDER = Pattern.compile("^[a-z]+-(\\d{1,10})$");


    private TempFiles() {
    }

    /** The folder holding the registry and the private temporary folders: {@code <SAFESEGMENT_HOME>/tmp}. */
    public static Path tmpRoot() {
        return WorkspaceLocations.userHome().resolve("tmp");
    }

    static Path registry() {
        return tmpRoot().resolve("temp-dirs.txt");
    }

    /**
     * Creates an empty owner-only temporary file in {@code target}'s directory (created when missing) and records the
     * directory for the start-up clean-up.
     */
    public static Path createBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        register(dir);
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[8];
            RandomHolder.RANDOM.nextBytes(random);
            Path tmp = dir.resolve("." + absolute.getFileName() + "." + pid + "-" + HexFormat.of().formatHex(random)
                    + SUFFIX);
            try {
                return createOwnerOnly(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * A private (0700) folder {@code <SAFESEGMENT_HOME>/tmp/<purpose>-<pid>} for a library's own temporary files
     * (POI's SXSSF sheets), removed by the start-up clean-up once this process has ended.
     */
    public static Path privateFolder(String purpose) throws IOException {
        if (!purpose.matches("[a-z]+")) {
            throw new LocalizedArgumentException(Message.of("workspace.tempFiles.purposeMustBeLower", purpose));
        }
        Path root = tmpRoot();
        createOwnerOnlyDirectories(root);
        Path folder = root.resolve(purpose + "-" + ProcessHandle.current().pid());
        createOwnerOnlyDirectories(folder);
        return folder;
    }

    /** The process id recorded in a temporary file's name, if it is one. */
    static Optional<Long> creatorOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Whether the process {@code pid} is still running (then its temporary files are not leftovers). */
    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The directories recorded in the registry. */
    static List<Path> registeredDirectories() throws IOException {
        Path registry = registry();
        if (!Files.isRegularFile(registry)) {
            return List.of();
        }
        List<Path> dirs = new ArrayList<>();
        for (String line : Files.readAllLines(registry, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                dirs.add(Path.of(line));
            }
        }
        return dirs;
    }

    /** Rewrites the registry with {@code dirs} (the caller holds the registry's lock). */
    static void writeRegistry(Set<Path> dirs) throws IOException {
        StringBuilder text = new StringBuilder();
        dirs.forEach(d -> text.append(d).append('\n'));
        writeRegistryText(text.toString());
    }

    private static void register(Path dir) throws IOException {
        Path registry = registry();
        if (dir.equals(registry.getParent())) {
            return; // the registry's own atomic writes need no entry: tmp/ is always scanned
        }
        createOwnerOnlyDirectories(registry.getParent());
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(registry)) {
            Set<Path> dirs = new LinkedHashSet<>(registeredDirectories());
            if (dirs.add(dir)) {
                writeRegistry(dirs);
            }
        }
    }

    private static void writeRegistryText(String text) throws IOException {
        // written directly (not through AtomicFiles, which would register tmp/ again): a torn registry only loses
        // hints, and the lock keeps writers apart
        Path registry = registry();
        Path tmp = registry.resolveSibling(registry.getFileName() + ".new");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, registry, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file); // not POSIX (Windows): the user's profile folder ACLs apply
        }
    }

    static void createOwnerOnlyDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // created meanwhile by another process
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /**
     * Created on first use: the start-up clean-up (every CLI start, also {@code --help}) only reads names, and
     * seeding a SecureRandom loads the JCA providers (decision 0020).
     */
    private static final class RandomHolder {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
