package io.safesegment.core.crypto.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Double-buffered input: while the caller seals or opens one chunk, the next one is read on a background thread, so
 * reading overlaps with AES-GCM. Reads stay strictly in order (at most one is in flight).
 */
final class PrefetchingReader implements AutoCloseable {
    private final InputStream in;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("safesegment-file-reader").unstarted(runnable));
    private final byte[][] buffers;
    private int current;
    private Future<Integer> pending;

    PrefetchingReader(InputStream in, int bufferSize) {
        this.in = in;
        this.buffers = new byte[][] {new byte[bufferSize], new byte[bufferSize]};
        pending = prefetch(buffers[0]);
    }

    /**
     * Waits for the next block (a full buffer unless the input ends) and starts reading the one after it. The
     * returned block stays valid until the following call.
     */
    Block next() throws IOException {
        int n = await();
        byte[] ready = buffers[current];
        current ^= 1;
        pending = prefetch(buffers[current]);
        return new Block(ready, n);
    }

    /** A block of input: the first {@code length} bytes of {@code bytes}. */
    record Block(byte[] bytes, int length) {
    }

    private Future<Integer> prefetch(byte[] target) {
        return executor.submit(() -> in.readNBytes(target, 0, target.length));
    }

    private int await() throws IOException {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Waits for the read in flight (the stream is closed by its owner afterwards) and stops the thread. */
    @Override
    public void close() {
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the failure was already reported by next(), or no one asked for that block
        } finally {
            executor.shutdownNow();
        }
    }
}
