package io.safesegment.core.privacy.mask;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.field.Ff1Encryption;
import io.safesegment.core.crypto.field.FpeAlphabet;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.columns.Column;

/**
 * Format-preserving encryption with FF1 (NIST SP 800-38G, through the crypto module): the characters of the chosen
 * alphabet are encrypted and everything else (spaces, dashes, {@code +}) stays in place, so
 * {@code +86 138 0013 8000} becomes another 13-digit number in the same layout. FF1 refuses values whose domain is
 * below 10^6 (SP 800-38G Rev. 1); such a value is an error naming the column and row, never a silent pass-through.
 */
public final class FormatPreservingEncryptOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "encrypt-fpe";

    private final String keyName;
    private final FpeAlphabet alphabet;

    /** @param keyName vault key of purpose FF1 @param alphabet DIGITS, LOWER_ALPHANUMERIC or ALPHANUMERIC */
    public FormatPreservingEncryptOperator(String keyName, String alphabet) {
        if (keyName == null || keyName.isBlank()) {
            throw new InvalidParameterException(ID, "key", Message.of("mask.formatPreservingEncryptOperator.mustNameAWorkspace"));
        }
        this.keyName = keyName;
        this.alphabet = switch (alphabet == null ? "DIGITS" : alphabet.toUpperCase(Locale.ROOT)) {
            case "DIGITS" -> FpeAlphabet.DIGITS;
            case "LOWER_ALPHANUMERIC" -> FpeAlphabet.LOWER_ALPHANUMERIC;
            case "ALPHANUMERIC" -> FpeAlphabet.ALPHANUMERIC;
            default -> throw new InvalidParameterException(ID, "alphabet", Message.of("mask.formatPreservingEncryptOperator.mustBeDigitsLower"));
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.ENCRYPTED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // FF1 is a permutation: a value may, rarely, encrypt to itself
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        byte[] key = context.keys().secretKey(keyName, KeyPurpose.FF1);
        Ff1Encryption ff1 = new Ff1Encryption(key, alphabet, column.name().getBytes(StandardCharsets.UTF_8));
        Arrays.fill(key, (byte) 0);
        return value -> transform(value, column.name(), ff1, alphabet.characters(), true);
    }

    /** Encrypts or decrypts the alphabet characters of {@code value}, keeping the others in place. */
    static String transform(String value, String columnName, Ff1Encryption ff1, String chars, boolean encrypt) {
        StringBuilder inner = new StringBuilder();
        value.codePoints().filter(cp -> chars.indexOf(cp) >= 0).forEach(inner::appendCodePoint);
        String processed;
        try {
            processed = encrypt ? ff1.encrypt(inner.toString()) : ff1.decrypt(inner.toString());
        } catch (CryptoException e) {
            throw new MaskingException(Message.of("mask.formatPreservingEncryptOperator.aValueInColumn", ID, columnName, LocalizedMessage.of(e)), e);
        }
        StringBuilder out = new StringBuilder(value.length());
        int next = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (chars.indexOf(cp) >= 0) {
                int end = processed.offsetByCodePoints(next, 1);
                out.append(processed, next, end);
                next = end;
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Decrypts one value of a column encrypted by this operator (authorised re-identification). */
    public static String decrypt(String ciphertext, String columnName, byte[] key, FpeAlphabet alphabet) {
        return transform(ciphertext, columnName, new Ff1Encryption(key, alphabet, columnName.getBytes(StandardCharsets.UTF_8)),
                alphabet.characters(), false);
    }
}
