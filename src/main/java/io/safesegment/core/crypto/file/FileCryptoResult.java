package io.safesegment.core.crypto.file;

import java.nio.file.Path;

/**
 * Outcome of encrypting or decrypting one file.
 *
 * @param input          the file read
 * @param output         the file written (only ever present after full success)
 * @param plaintextBytes size of the plaintext
 * @param chunks         number of authenticated chunks
 * @param keyDescription "password" or "key NAME vN", for reports
 */
public record FileCryptoResult(Path input, Path output, long plaintextBytes, long chunks, String keyDescription) {
}
