package io.safesegment.core.crypto.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AesSivEncryptionTest {

    private static AesSivEncryption siv(long seed) {
        byte[] key = new byte[64];
        new Random(seed).nextBytes(key);
        return new AesSivEncryption(key);
    }

    @Test
    void equalPlaintextsGiveEqualCiphertextsAndRoundTrip() {
        AesSivEncryption siv = siv(1);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] value = new byte[random.nextInt(40)];
            random.nextBytes(value);
            String text = Base64.getEncoder().encodeToString(value);
            String c1 = siv.encryptText(text, "customer_id");
            assertEquals(c1, siv.encryptText(text, "customer_id"));
            assertEquals(text, siv.decryptText(c1, "customer_id"));
        }
    }

    @Test
    void associatedDataAndKeySeparateColumns() {
        AesSivEncryption siv = siv(1);
        assertNotEquals(siv.encryptText("42", "a"), siv.encryptText("42", "b"));
        assertNotEquals(siv.encryptText("42", "a"), siv(2).encryptText("42", "a"));
    }

    @Test
    void wrongKeyOrEditedValueIsRejected() {
        String c = siv(1).encryptText("alice", "email");
        assertThrows(TamperedDataException.class, () -> siv(2).decryptText(c, "email"));
        char first = c.charAt(0);
        String edited = (first == 'A' ? 'B' : 'A') + c.substring(1);
        assertThrows(TamperedDataException.class, () -> siv(1).decryptText(edited, "email"));
        assertThrows(TamperedDataException.class, () -> siv(1).decryptText("not base64 !", "email"));
    }

    @Test
    void refusesKeysOfTheWrongSize() {
        assertThrows(CryptoException.class, () -> new AesSivEncryption(new byte[32]));
    }
}
