package io.safesegment.core.crypto;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Argon2id cost parameters, stored next to whatever they protect so a file stays readable when the defaults change.
 *
 * @param memoryKiB   memory in KiB (default 64 MiB)
 * @param iterations  passes over memory (default 3)
 * @param parallelism lanes (default 1)
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** The defaults from RFC 9106's second recommended option, scaled to a desktop: m=64 MiB, t=3, p=1. */
    public static final Argon2Params DEFAULT = new Argon2Params(64 * 1024, 3, 1);

    /** Largest memory accepted from a file header: 4 GiB; bigger values would let a crafted file exhaust the heap. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

    /** Validates the ranges RFC 9106 allows, with a cap on memory. */
    public Argon2Params {
        if (parallelism < 1 || parallelism > 255) {
            throw new LocalizedArgumentException(Message.of("crypto.argon2Params.argon2ParallelismMustBe", parallelism));
        }
        if (iterations < 1 || iterations > 100) {
            throw new LocalizedArgumentException(Message.of("crypto.argon2Params.argon2IterationsMustBe", iterations));
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new LocalizedArgumentException(Message.of("crypto.argon2Params.argon2MemoryMustBe", 8 * parallelism, MAX_MEMORY_KIB, memoryKiB));
        }
    }
}
