package io.safesegment.core.crypto.file;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Double-buffered output: while one buffer is written to disk on a background thread, the caller fills the other
 * with the next encrypted chunk, so disk writes overlap with reading and AES-GCM instead of following them. Writes
 * stay strictly in order (at most one is in flight).
 */
final class OverlappedWriter implements AutoCloseable {
    private final OutputStream out;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("safesegment-file-writer").unstarted(runnable));
    private final byte[][] buffers;
    private int current;
    private Future<?> pending;

    OverlappedWriter(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffers = new byte[][] {new byte[bufferSize], new byte[bufferSize]};
    }

    /** The buffer to fill next; it is not being written while the caller holds it. */
    byte[] buffer() {
        return buffers[current];
    }

    /** Queues the first {@code length} bytes of {@link #buffer()} for writing and switches to the other buffer. */
    void submit(int length) throws IOException {
        await();
        byte[] full = buffers[current];
        pending = executor.submit(() -> {
            out.write(full, 0, length);
            return null;
        });
        current ^= 1;
    }

    /** Waits for the write in flight, rethrowing its failure. */
    void await() throws IOException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pending = null;
        }
    }

    /** Finishes the write in flight and stops the background thread. */
    @Override
    public void close() throws IOException {
        try {
            await();
        } finally {
            executor.shutdownNow();
        }
    }
}
