package io.safesegment.core.governance.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B: the test vectors for SHA-1, SHA-256 and SHA-512, 8 digits, 30-second steps. */
class TotpTest {
    private static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED64 = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfcVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SEED20, step, 8, Totp.Algorithm.SHA1));
        assertEquals(sha256, Totp.code(SEED32, step, 8, Totp.Algorithm.SHA256));
        assertEquals(sha512, Totp.code(SEED64, step, 8, Totp.Algorithm.SHA512));
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI"})
    void base32MatchesRfc4648WithoutPadding(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertEquals(encoded, Totp.toBase32(bytes));
        assertArrayEquals(bytes, Totp.fromBase32(encoded.toLowerCase()));
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804"})
    void sixDigitCodesAreTheLastSixOfTheRfcCodes(long seconds, String code) {
        assertEquals(code, Totp.code(SEED20, Totp.step(Instant.ofEpochSecond(seconds)), 6, Totp.Algorithm.SHA1));
    }
}
