package io.safesegment.core.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up clean-up: removes {@link TempFiles} left by SafeSegment processes that were killed or crashed (a
 * half-decrypted file, a half-written export, POI's sheet files), so no plaintext outlives a crash by more than one
 * run. Called from the CLI entry, the desktop app's start and {@link Workspace#open}. Files of processes that are
 * still running are left alone. Each removal is logged with its path and size, never its contents.
 */
public final class LeftoverCleanup {

    private LeftoverCleanup() {
    }

    /**
     * Removes leftovers from every directory that ever held a SafeSegment temporary file, from {@code alsoScan}
     * (e.g. a workspace's folders) and the private temporary folders of ended processes.
     *
     * @return the removed files and folders (empty when there was nothing to do); never throws for a file it could
     *         not remove, it logs it instead
     */
    public static List<Path> run(Collection<Path> alsoScan) {
        List<Path> removed = new ArrayList<>();
        try {
            Path registry = TempFiles.registry();
            if (Files.isDirectory(registry.getParent())) {
                try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(registry)) {
                    List<Path> registered = TempFiles.registeredDirectories();
                    Set<Path> keep = new LinkedHashSet<>();
                    for (Path dir : registered) {
                        if (scan(dir, removed)) {
                            keep.add(dir); // still holds a running process's temporary file
                        }
                    }
                    // every CLI start (even --help) passes here: rewrite the registry only when it changed
                    if (!List.copyOf(keep).equals(registered)) {
                        TempFiles.writeRegistry(keep);
                    }
                }
                scan(registry.getParent(), removed);
                removeEndedPrivateFolders(registry.getParent(), removed);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("Could not finish removing leftover temporary files: {}", e.toString());
        }
        for (Path dir : alsoScan) {
            scan(dir, removed);
        }
        return removed;
    }

    /** Removes leftovers in one directory; returns whether live temporary files remain there. */
    private static boolean scan(Path dir, List<Path> removed) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        boolean live = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TempFiles.SUFFIX)) {
            for (Path file : files) {
                Optional<Long> pid = TempFiles.creatorOf(file);
                if (pid.isEmpty() || !Files.isRegularFile(file)) {
                    continue;
                }
                if (TempFiles.alive(pid.get())) {
                    live = true;
                } else {
                    remove(file, removed);
                }
            }
        } catch (IOException e) {
            log().warn("Could not look for leftover temporary files in {}: {}", dir, e.toString());
        }
        return live;
    }

    private static void removeEndedPrivateFolders(Path tmpRoot, List<Path> removed) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmpRoot, Files::isDirectory)) {
            for (Path folder : folders) {
                var m = TempFiles.FOLDER.matcher(folder.getFileName().toString());
                if (m.matches() && !TempFiles.alive(Long.parseLong(m.group(1)))) {
                    try (Stream<Path> tree = Files.walk(folder)) {
                        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                            if (Files.isRegularFile(p)) {
                                remove(p, removed);
                            } else {
                                Files.deleteIfExists(p);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Looked up only when there is something to log: this runs at every CLI start, and initialising logback costs
     * ~0.5 s of the 0.5 s budget of {@code safesegment --help} (decision 0020).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(LeftoverCleanup.class);
    }

    private static void remove(Path file, List<Path> removed) {
        try {
            long size = Files.size(file);
            Files.delete(file);
            removed.add(file);
            log().warn("Removed leftover temporary file {} ({} bytes) of a SafeSegment run that ended without "
                    + "cleaning up", file, size);
        } catch (IOException e) {
            log().warn("Could not remove leftover temporary file {}: {}", file, e.toString());
        }
    }
}
