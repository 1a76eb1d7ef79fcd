package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedIOException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock shared by processes and threads, held on a side file ({@code <name>.lock}) next to the file it
 * guards. Writers take it around "re-read, merge, write atomically" so that two processes changing the same file
 * never lose each other's changes. Readers need no lock: {@link AtomicFiles} replaces files in one rename.
 *
 * <p>The side file is never deleted: deleting it while another process waits on it would let two processes hold
 * "the" lock on two different files. It is empty and created with owner-only permissions.
 */
public final class ExclusiveFileLock implements AutoCloseable {
    /** Suffix of lock files; the start-up clean-up leaves such files alone. */
    public static final String SUFFIX = ".lock";

    // FileChannel.lock is per process; a second thread of the same JVM would get OverlappingFileLockException.
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveFileLock(ReentrantLock threadLock, FileChannel channel, FileLock lock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file guarding {@code guarded}. */
    public static Path lockFileOf(Path guarded) {
        Path absolute = guarded.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * Blocks until this thread holds the exclusive lock guarding {@code guarded} (creating its directory and lock file
     * when needed). Re-entrant within a thread.
     *
     * @throws IOException when the lock file cannot be created or locked
     */
    public static ExclusiveFileLock acquire(Path guarded) throws IOException {
        Path lockFile = lockFileOf(guarded);
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        threadLock.lock();
        if (threadLock.getHoldCount() > 1) {
            return new ExclusiveFileLock(threadLock, null, null);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = openOwnerOnly(lockFile);
            FileLock lock = channel.lock();
            return new ExclusiveFileLock(threadLock, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.unlock();
            throw new LocalizedIOException(Message.of("workspace.exclusiveFileLock.cannotLock", lockFile,
                    LocalizedMessage.of(e)), e);
        }
    }

    private static FileChannel openOwnerOnly(Path lockFile) throws IOException {
        try {
            return FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
                channel.close();
            }
        } finally {
            threadLock.unlock();
        }
    }
}
