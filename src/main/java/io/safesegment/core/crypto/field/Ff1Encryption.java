package io.safesegment.core.crypto.field;

import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.InvalidFieldInputException;
import io.safesegment.core.i18n.Message;
import java.math.BigInteger;
import org.bouncycastle.crypto.fpe.FPEEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.util.BasicAlphabetMapper;

/**
 * FF1 format-preserving encryption (NIST SP 800-38G Rev. 1) through BouncyCastle's {@link FPEFF1Engine}. Refuses
 * domains smaller than one million values (radix^length &lt; 10^6), which Rev. 1 forbids because small domains
 * can be enumerated.
 */
public final class Ff1Encryption implements FormatPreservingEncryption {
    /** SP 800-38G Rev. 1 minimum domain size. */
    public static final BigInteger MIN_DOMAIN = BigInteger.valueOf(1_000_000);

    private final byte[] key;
    private final FpeAlphabet alphabet;
    private final BasicAlphabetMapper mapper;
    private final byte[] tweak;
    /** Shortest value length whose domain radix^length reaches 10^6. */
    private final int minLength;
    /** Engines keep their AES key schedule between calls; they are not thread-safe, hence one per thread. */
    private final ThreadLocal<FPEEngine> encryptor = ThreadLocal.withInitial(() -> engine(true));
    private final ThreadLocal<FPEEngine> decryptor = ThreadLocal.withInitial(() -> engine(false));

    /**
     * Creates the service; {@code key} (16/24/32 bytes) and {@code tweak} are copied. The tweak is public context
     * (e.g. the column name) that makes equal values in different columns encrypt differently.
     */
    public Ff1Encryption(byte[] key, FpeAlphabet alphabet, byte[] tweak) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new CryptoException(Message.of("field.ff1Encryption.ff1NeedsA16", key.length));
        }
        this.key = key.clone();
        this.alphabet = alphabet;
        this.mapper = new BasicAlphabetMapper(alphabet.characters());
        this.tweak = tweak == null ? new byte[0] : tweak.clone();
        int length = 1;
        while (BigInteger.valueOf(alphabet.radix()).pow(length).compareTo(MIN_DOMAIN) < 0) {
            length++;
        }
        this.minLength = length;
    }

    @Override
    public String encrypt(String plaintext) {
        return process(true, plaintext);
    }

    @Override
    public String decrypt(String ciphertext) {
        return process(false, ciphertext);
    }

    private String process(boolean encrypt, String value) {
        char[] chars = value.toCharArray();
        requireDomain(chars.length);
        for (int i = 0; i < chars.length; i++) {
            if (alphabet.characters().indexOf(chars[i]) < 0) {
                throw new InvalidFieldInputException(Message.of("field.ff1Encryption.ff1InputHasA", alphabet.name(), i + 1, chars.length));
            }
        }
        byte[] digits = mapper.convertToIndexes(chars);
        FPEEngine engine = (encrypt ? encryptor : decryptor).get();
        byte[] out = new byte[digits.length];
        engine.processBlock(digits, 0, digits.length, out, 0);
        return new String(mapper.convertToChars(out));
    }

    private FPEEngine engine(boolean encrypt) {
        FPEEngine engine = new FPEFF1Engine();
        engine.init(encrypt, new FPEParameters(new KeyParameter(key), alphabet.radix(), tweak));
        return engine;
    }

    private void requireDomain(int length) {
        if (length >= minLength) {
            return;
        }
        BigInteger domain = BigInteger.valueOf(alphabet.radix()).pow(length);
        throw new InvalidFieldInputException(Message.of("field.ff1Encryption.ff1RefusesADomain", domain.toString(), length, alphabet.name()));
    }
}
