package io.safesegment.core.crypto.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.InvalidFieldInputException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Ff1EncryptionTest {
    private static final String K128 = "2B7E151628AED2A6ABF7158809CF4F3C";
    private static final String K192 = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F";
    private static final String K256 = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94";

    /** NIST SP 800-38G FF1 samples 1-9 (AES-128/192/256; radix 10 and 36). */
    @ParameterizedTest(name = "sample {0}")
    @CsvSource({
        "1, " + K128 + ", 10, '', 0123456789, 2433477484",
        "2, " + K128 + ", 10, 39383736353433323130, 0123456789, 6124200773",
        "3, " + K128 + ", 36, 3737373770717273373737, 0123456789abcdefghi, a9tv40mll9kdu509eum",
        "4, " + K192 + ", 10, '', 0123456789, 2830668132",
        "5, " + K192 + ", 10, 39383736353433323130, 0123456789, 2496655549",
        "6, " + K192 + ", 36, 3737373770717273373737, 0123456789abcdefghi, xbj3kv35jrawxv32ysr",
        "7, " + K256 + ", 10, '', 0123456789, 6657667009",
        "8, " + K256 + ", 10, 39383736353433323130, 0123456789, 1001623463",
        "9, " + K256 + ", 36, 3737373770717273373737, 0123456789abcdefghi, xs8a0azh2avyalyzuwd"
    })
    void matchesNistSamples(int sample, String key, int radix, String tweak, String plain, String cipher) {
        FpeAlphabet alphabet = radix == 10 ? FpeAlphabet.DIGITS : FpeAlphabet.LOWER_ALPHANUMERIC;
        Ff1Encryption ff1 = new Ff1Encryption(HexFormat.of().parseHex(key), alphabet,
                HexFormat.of().parseHex(tweak == null ? "" : tweak));
        assertEquals(cipher, ff1.encrypt(plain), "sample " + sample);
        assertEquals(plain, ff1.decrypt(cipher), "sample " + sample);
    }

    @Test
    void roundTripsRandomValuesPreservingFormat() {
        Random random = new Random(42);
        byte[] key = new byte[32];
        random.nextBytes(key);
        Ff1Encryption ff1 = new Ff1Encryption(key, FpeAlphabet.ALPHANUMERIC, "account".getBytes());
        for (int i = 0; i < 500; i++) {
            int length = 4 + random.nextInt(20);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < length; j++) {
                sb.append(FpeAlphabet.ALPHANUMERIC.characters().charAt(random.nextInt(62)));
            }
            String plain = sb.toString();
            String cipher = ff1.encrypt(plain);
            assertEquals(plain.length(), cipher.length());
            assertTrue(cipher.chars().allMatch(c -> FpeAlphabet.ALPHANUMERIC.characters().indexOf(c) >= 0));
            assertEquals(plain, ff1.decrypt(cipher));
        }
    }

    @Test
    void differentKeysGiveDifferentCiphertexts() {
        Ff1Encryption a = new Ff1Encryption(new byte[32], FpeAlphabet.DIGITS, new byte[0]);
        byte[] other = new byte[32];
        other[0] = 1;
        Ff1Encryption b = new Ff1Encryption(other, FpeAlphabet.DIGITS, new byte[0]);
        assertNotEquals(a.encrypt("123456789012"), b.encrypt("123456789012"));
    }

    @Test
    void refusesDomainsBelowOneMillion() {
        Ff1Encryption ff1 = new Ff1Encryption(new byte[32], FpeAlphabet.DIGITS, new byte[0]);
        InvalidFieldInputException e = assertThrows(InvalidFieldInputException.class, () -> ff1.encrypt("12345"));
        assertTrue(e.getMessage().contains("100000 values"), e.getMessage());
        assertTrue(e.getMessage().contains("1,000,000"), e.getMessage());
        assertEquals(6, ff1.encrypt("123456").length());
        Ff1Encryption alnum = new Ff1Encryption(new byte[32], FpeAlphabet.ALPHANUMERIC, new byte[0]);
        assertThrows(InvalidFieldInputException.class, () -> alnum.encrypt("abc"));
        assertEquals(4, alnum.encrypt("abcd").length());
    }

    @Test
    void rejectsCharactersOutsideTheAlphabetWithoutEchoingTheValue() {
        Ff1Encryption ff1 = new Ff1Encryption(new byte[32], FpeAlphabet.DIGITS, new byte[0]);
        InvalidFieldInputException e = assertThrows(InvalidFieldInputException.class,
                () -> ff1.encrypt("4711-0815-42"));
        assertTrue(e.getMessage().contains("position 5 of 12"), e.getMessage());
        assertTrue(!e.getMessage().contains("4711"), e.getMessage());
    }
}
