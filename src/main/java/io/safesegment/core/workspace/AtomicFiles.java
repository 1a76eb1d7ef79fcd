package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedIOException;
import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash, a full disk or an exception half-way never leaves a truncated file behind: the
 * content goes to a temporary file in the same directory, is flushed to disk, and only then replaces the target
 * with an atomic move. The temporary file is owner-only and named so that {@link LeftoverCleanup} removes it at the
 * next start if this process is killed mid-write ({@link TempFiles}).
 */
public final class AtomicFiles {

    /** Writes the content of a file; implementations write to the stream they are given. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the whole content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    /** Writes the content of a file through its channel, e.g. at positions from several threads. */
    @FunctionalInterface
    public interface ChannelWriter {
        /** Writes the whole content to {@code channel} (opened for writing, empty). */
        void write(FileChannel channel) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Atomically writes {@code target} through a {@link FileChannel}, with the same guarantees as
     * {@link #write(Path, boolean, Writer)}: positional writes let several workers fill their parts of the file.
     */
    public static void writeChannel(Path target, boolean sync, ChannelWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = TempFiles.createBeside(absolute);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(channel);
                if (sync) {
                    channel.force(true);
                }
            }
            move(tmp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Atomically writes {@code target} with what {@code writer} produces.
     *
     * @param target the file to create or replace
     * @param sync   whether to fsync before the move (audit logs, key vaults: where a loss would hurt)
     * @throws IOException when writing fails; the target is then left exactly as it was
     */
    public static void write(Path target, boolean sync, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = TempFiles.createBeside(absolute); // owner-only, removed at the next start after a crash
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                if (sync) {
                    channel.force(true);
                }
            }
            move(tmp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Atomically writes {@code bytes} to {@code target}. */
    public static void write(Path target, byte[] bytes, boolean sync) throws IOException {
        write(target, sync, out -> out.write(bytes));
    }

    /** Atomically writes UTF-8 {@code text} to {@code target}. */
    public static void writeString(Path target, String text, boolean sync) throws IOException {
        write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), sync);
    }

    /**
     * Refuses to write over one of the user's inputs: exports must never replace the file they came from.
     *
     * @throws IOException naming both paths when {@code output} is the same file as {@code input}
     */
    public static void requireNotSameFile(Path input, Path output) throws IOException {
        if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
            throw new LocalizedIOException(Message.of("workspace.atomicFiles.refuseOverwrite", input));
        }
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new LocalizedIOException(Message.of("workspace.atomicFiles.refuseOverwrite", input));
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
