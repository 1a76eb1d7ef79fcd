package io.safesegment.core.crypto.file;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.TaskCancelledException;
import io.safesegment.core.task.WorkerPool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals (or opens) the chunks of one file on every core: chunks are independent AES-GCM messages, so while the
 * caller reads chunk {@code i} into a free slot, earlier chunks are sealed on the {@link WorkerPool} and written in
 * order as they finish. A slot (input buffer, output buffer, its own cipher) is reused only after its previous chunk
 * has been written, so at most {@link #SLOTS} chunks are in memory.
 */
final class ChunkPipeline implements AutoCloseable {
    /** Chunks in flight: two per worker keeps every core busy while the caller reads and writes. */
    static final int SLOTS = 2 * WorkerPool.THREADS;
    static final int TAG_BYTES = 16;
    /** Plaintext bytes per {@code Cipher.update} call when sealing; a multiple of the JDK's 512-byte GCM batch. */
    static final int SEAL_PIECE = 64 << 10;

    private final int mode;
    private final SecretKeySpec key;
    private final byte[] noncePrefix;
    private final byte[] headerBody;
    private final OutputStream out;
    private final String source;
    private final long chunks;
    private final byte[][] inputs = new byte[SLOTS][];
    private final byte[][] outputs = new byte[SLOTS][];
    private final Cipher[] ciphers = new Cipher[SLOTS];
    @SuppressWarnings("unchecked")
    private final Future<Integer>[] pending = new Future[SLOTS];
    private long next;

    ChunkPipeline(int mode, SecretKeySpec key, byte[] noncePrefix, byte[] headerBody, int readSize, OutputStream out,
                  String source, long chunks) {
        this.mode = mode;
        this.key = key;
        this.noncePrefix = noncePrefix.clone();
        this.headerBody = headerBody;
        this.out = out;
        this.source = source;
        this.chunks = chunks;
        int slots = (int) Math.min(SLOTS, Math.max(1, chunks));
        for (int s = 0; s < slots; s++) {
            inputs[s] = new byte[readSize];
            outputs[s] = new byte[readSize + TAG_BYTES];
            ciphers[s] = newGcm();
        }
    }

    /**
     * The buffer to read the next chunk into. When its slot still holds an earlier chunk, that chunk is awaited and
     * written first (chunks leave in order).
     */
    byte[] nextInput() throws IOException {
        int slot = (int) (next % SLOTS);
        drain(slot);
        return inputs[slot];
    }

    /** Starts sealing (opening) the first {@code length} bytes of {@link #nextInput()} as the next chunk. */
    void submit(int length) {
        long index = next++;
        int slot = (int) (index % SLOTS);
        boolean last = index == chunks - 1;
        pending[slot] = WorkerPool.executor().submit(() -> transform(slot, index, length, last));
    }

    /** Waits for every chunk in flight and writes them in order. */
    void finish() throws IOException {
        for (long i = Math.max(0, next - SLOTS); i < next; i++) {
            drain((int) (i % SLOTS));
        }
    }

    /** Stops chunks still in flight after a failure (their results are dropped). */
    @Override
    public void close() {
        for (Future<Integer> f : pending) {
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    private int transform(int slot, long index, int length, boolean last) {
        return seal(ciphers[slot], mode, key, noncePrefix, headerBody, index, chunks, last, inputs[slot], length,
                outputs[slot], source);
    }

    /**
     * Seals (opens) one chunk as its own AES-GCM message: nonce = prefix ‖ chunk index, AAD = header ‖ last-chunk
     * flag, so chunks cannot be reordered, dropped at the end or moved to another file.
     *
     * @return the bytes written to {@code output}
     */
    static int seal(Cipher cipher, int mode, SecretKeySpec key, byte[] noncePrefix, byte[] headerBody, long index,
                    long chunks, boolean last, byte[] input, int length, byte[] output, String source) {
        byte[] nonce = new byte[12];
        System.arraycopy(noncePrefix, 0, nonce, 0, FileHeader.NONCE_PREFIX_BYTES);
        ByteBuffer.wrap(nonce, FileHeader.NONCE_PREFIX_BYTES, 4).putInt((int) index);
        byte[] aad = new byte[headerBody.length + 1];
        System.arraycopy(headerBody, 0, aad, 0, headerBody.length);
        aad[aad.length - 1] = (byte) (last ? 1 : 0);
        try {
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
            int done = 0;
            if (mode == Cipher.ENCRYPT_MODE) {
                // Encryption in pieces gives the same ciphertext and tag as one call (GCM is a stream), but 16 calls
                // per chunk instead of one let C2 compile the caller of the JDK's combined AES-GCM intrinsic (~5,000
                // calls) after some 300 chunks instead of some 5,000; until then GHASH runs as plain Java (decision
                // 0038). Decryption cannot do this: the JDK buffers decrypted data until the tag is checked.
                while (length - done > SEAL_PIECE) {
                    done += cipher.update(input, done, SEAL_PIECE, output, done);
                }
            }
            return done + cipher.doFinal(input, done, length - done, output, done);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException(Message.of("file.chunkPipeline.failedAuthenticationAtChunk", source, index + 1, chunks), e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("file.chunkPipeline.aesGcmFailedOn", source, LocalizedMessage.of(e)), e);
        }
    }

    private void drain(int slot) throws IOException {
        Future<Integer> f = pending[slot];
        if (f == null) {
            return;
        }
        pending[slot] = null;
        int written;
        try {
            written = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
        out.write(outputs[slot], 0, written);
    }

    static Cipher newGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("file.chunkPipeline.thisJavaRuntimeHas"), e);
        }
    }
}
