package io.safesegment.spark;

import java.io.Serializable;
import java.security.SecureRandom;

/**
 * SipHash-2-4 (Aumasson and Bernstein), a keyed pseudo-random function, over a stretch of a string's UTF-16 code
 * units (two bytes each, little-endian). The leak scan's cross-chunk index holds only these 64-bit values: the key is
 * drawn fresh for every mask step and lives only in memory, so the hashes of identifiers that reach the driver (and
 * Spark's shuffle) cannot be matched against guessed values after the run. Equal stretches give equal hashes; two
 * different ones collide with probability about 2^-64 (a collision could only block an export, never release one
 * the desktop blocks, except when it makes an identifier look like a non-identifier value: see HashedLeakScope).
 */
final class KeyedHash implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long k0;
    private final long k1;

    KeyedHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    static KeyedHash random() {
        SecureRandom r = new SecureRandom();
        return new KeyedHash(r.nextLong(), r.nextLong());
    }

    long of(String s) {
        return of(s, 0, s.length());
    }

    /** The hash of {@code s.substring(from, to)}, without making the substring. */
    long of(CharSequence s, int from, int to) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            long m = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48;
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        long last = (long) ((to - from) * 2 & 0xff) << 56;
        for (int shift = 0; i < to; i++, shift += 16) {
            last |= (long) s.charAt(i) << shift;
        }
        v3 ^= last;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }
}
