package io.safesegment.spark;

import java.io.Serializable;
import java.security.SecureRandom;
import org.bouncycastle.crypto.macs.SipHash;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Pack;

/**
 * SipHash-2-4 (Aumasson and Bernstein; BouncyCastle's {@link SipHash}), a keyed pseudo-random function, over a
 * stretch of a string's UTF-16 code units (two bytes each, little-endian). The leak scan's cross-chunk index holds only
 * these 64-bit values: the key is drawn fresh for every mask step and lives only in memory, so the hashes of
 * identifiers that reach the driver (and Spark's shuffle) cannot be matched against guessed values after the run.
 * Equal stretches give equal hashes; two different ones collide with probability about 2^-64 (a collision could only
 * block an export, never release one the desktop blocks, except when it makes an identifier look like a
 * non-identifier value: see HashedLeakScope).
 */
final class KeyedHash implements Serializable {
    private static final long serialVersionUID = 2L;
    private final byte[] key;
    /** One keyed MAC and byte buffer per thread: BouncyCastle's MAC keeps state between update and doFinal. */
    private transient ThreadLocal<State> state;

    KeyedHash(long k0, long k1) {
        key = new byte[16];
        Pack.longToLittleEndian(k0, key, 0);
        Pack.longToLittleEndian(k1, key, 8);
    }

    static KeyedHash random() {
        SecureRandom r = new SecureRandom();
        return new KeyedHash(r.nextLong(), r.nextLong());
    }

    long of(String s) {
        return of(s, 0, s.length());
    }

    /** The hash of {@code s.subSequence(from, to)}, without making the substring. */
    long of(CharSequence s, int from, int to) {
        State st = state();
        int n = (to - from) * 2;
        if (st.buffer.length < n) {
            st.buffer = new byte[Math.max(n, st.buffer.length * 2)];
        }
        byte[] b = st.buffer;
        for (int i = from, j = 0; i < to; i++, j += 2) {
            char c = s.charAt(i);
            b[j] = (byte) c;
            b[j + 1] = (byte) (c >>> 8);
        }
        st.mac.update(b, 0, n);
        return st.mac.doFinal(); // also resets the MAC to its keyed start
    }

    private State state() {
        ThreadLocal<State> local = state;
        if (local == null) { // after deserialisation on an executor (transient), or on first use
            synchronized (this) {
                if (state == null) {
                    state = ThreadLocal.withInitial(() -> new State(key));
                }
                local = state;
            }
        }
        return local.get();
    }

    private static final class State {
        final SipHash mac = new SipHash(2, 4);
        byte[] buffer = new byte[256];

        State(byte[] key) {
            mac.init(new KeyParameter(key));
        }
    }
}
