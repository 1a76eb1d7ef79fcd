package io.safesegment.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2KdfTest {

    /** RFC 9106 section 5.3: Argon2id, m=32 KiB, t=3, p=4, with secret and associated data. */
    @Test
    void matchesRfc9106Argon2idVector() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] ad = filled(12, 0x04);
        byte[] tag = Argon2Kdf.derive(password, salt, secret, ad, new Argon2Params(32, 3, 4), 32);
        assertArrayEquals(HexFormat.of().parseHex(
                "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), tag);
    }

    @Test
    void differentSaltsGiveDifferentKeys() {
        Argon2Params cheap = new Argon2Params(64, 1, 1);
        byte[] a = Argon2Kdf.deriveKey("pw".toCharArray(), filled(16, 1), cheap, 32);
        byte[] b = Argon2Kdf.deriveKey("pw".toCharArray(), filled(16, 2), cheap, 32);
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void rejectsParametersOutsideRfcRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(7, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(1024, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(1024, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Params(Argon2Params.MAX_MEMORY_KIB + 1, 3, 1));
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
