package io.safesegment.core.privacy.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.field.FpeAlphabet;
import io.safesegment.core.crypto.vault.KeyVault;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The keyed encryption operators, delegating to the crypto module's field services. */
class EncryptionOperatorsTest {
    static final KeyMaterial KEYS = KeyMaterial.fromSeed("enc-test".getBytes());

    static Column<?> run(MaskingOperator op, StringColumn column) {
        return op.apply(column, new MaskingContext(Table.create("t", column), KEYS));
    }

    @Test
    void deterministicEncryptionIsConsistentAndReversibleOnlyWithTheKey() {
        StringColumn ids = StringColumn.create("national_id", "11010519491231002X", "440305199003071236", "11010519491231002X");
        Column<?> out = run(new DeterministicEncryptOperator("field-siv"), ids);
        assertEquals(out.getString(0), out.getString(2), "same value, same ciphertext");
        assertNotEquals(out.getString(0), out.getString(1));
        byte[] key = KEYS.secretKey("field-siv", KeyPurpose.DETERMINISTIC_AEAD);
        assertEquals("11010519491231002X", DeterministicEncryptOperator.decrypt(out.getString(0), "national_id", key));
        assertThrows(CryptoException.class, () -> DeterministicEncryptOperator.decrypt(out.getString(0), "other_column", key));
        byte[] wrong = KeyMaterial.fromSeed("other".getBytes()).secretKey("field-siv", KeyPurpose.DETERMINISTIC_AEAD);
        assertThrows(CryptoException.class, () -> DeterministicEncryptOperator.decrypt(out.getString(0), "national_id", wrong));
    }

    @Test
    void randomisedEncryptionHidesEqualValues() {
        StringColumn emails = StringColumn.create("email", "a@example.com", "a@example.com");
        Column<?> out = run(new RandomisedEncryptOperator("field-gcm"), emails);
        assertNotEquals(out.getString(0), out.getString(1), "equal values must not be linkable");
        byte[] key = KEYS.secretKey("field-gcm", KeyPurpose.FILE);
        assertEquals("a@example.com", RandomisedEncryptOperator.decrypt(out.getString(1), "email", key));
    }

    @Test
    void formatPreservingEncryptionKeepsTheLayout() {
        StringColumn phones = StringColumn.create("phone", "+86 138 0013 8000", "+1 212-555-0188");
        Column<?> out = run(new FormatPreservingEncryptOperator("field-ff1", "DIGITS"), phones);
        assertTrue(out.getString(0).matches("\\+\\d{2} \\d{3} \\d{4} \\d{4}"), out.getString(0));
        assertTrue(out.getString(1).matches("\\+\\d \\d{3}-\\d{3}-\\d{4}"), out.getString(1));
        assertNotEquals("+86 138 0013 8000", out.getString(0));
        byte[] key = KEYS.secretKey("field-ff1", KeyPurpose.FF1);
        assertEquals("+86 138 0013 8000",
                FormatPreservingEncryptOperator.decrypt(out.getString(0), "phone", key, FpeAlphabet.DIGITS));
    }

    @Test
    void formatPreservingEncryptionRefusesSmallDomainsWithoutShowingTheValue() {
        StringColumn zip = StringColumn.create("zip", "12345");
        MaskingException e = assertThrows(MaskingException.class,
                () -> run(new FormatPreservingEncryptOperator("field-ff1", "DIGITS"), zip));
        assertTrue(e.getMessage().contains("'zip'"), e.getMessage());
        assertFalse(e.getMessage().contains("12345"), "no data value in messages");
        assertThrows(MaskingException.class, () -> new FormatPreservingEncryptOperator("k", "emoji"));
    }

    @Test
    void vaultKeysAreUsedByPurpose(@TempDir Path dir) throws Exception {
        try (KeyVault vault = KeyVault.create(dir, "pw".toCharArray(), new Argon2Params(256, 1, 1))) {
            vault.create("pseudonym", KeyPurpose.PSEUDONYM_HMAC);
            vault.create("field-ff1", KeyPurpose.FF1);
            VaultKeyMaterial keys = new VaultKeyMaterial(vault);
            assertEquals(32, keys.secretKey("pseudonym", KeyPurpose.PSEUDONYM_HMAC).length);
            MaskingException wrongPurpose = assertThrows(MaskingException.class,
                    () -> keys.secretKey("field-ff1", KeyPurpose.PSEUDONYM_HMAC));
            assertTrue(wrongPurpose.getMessage().contains("field-ff1"), wrongPurpose.getMessage());
            assertThrows(MaskingException.class, () -> keys.secretKey("missing", KeyPurpose.PSEUDONYM_HMAC));
            StringColumn ids = StringColumn.create("customer_id", "C1");
            String first = new PseudonymOperator("pseudonym", "", 16)
                    .apply(ids, new MaskingContext(Table.create("t", ids), keys)).getString(0);
            String again = new PseudonymOperator("pseudonym", "", 16)
                    .apply(ids, new MaskingContext(Table.create("t", ids), keys)).getString(0);
            assertEquals(first, again, "the vault key gives stable pseudonyms");
        }
    }
}
