package io.safesegment.core.crypto.sign;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/** Ed25519 (RFC 8032) key pairs and signatures through the JCA provider built into the JDK. */
public final class Ed25519Keys {
    private static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    /**
     * A generated key pair in standard encodings.
     *
     * @param privateKeyPkcs8 the private key, PKCS#8 (secret: wipe after storing)
     * @param publicKeyX509   the public key, X.509 SubjectPublicKeyInfo
     */
    public record Pair(byte[] privateKeyPkcs8, byte[] publicKeyX509) {
        @Override
        public String toString() {
            return "Ed25519Keys.Pair[public only]";
        }
    }

    /** Generates a fresh key pair. */
    public static Pair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, random);
            KeyPair pair = generator.generateKeyPair();
            return new Pair(pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("sign.error.noEd25519"), e);
        }
    }

    /** Signs {@code data} with a SIGNING_ED25519 vault key. */
    public static byte[] sign(VaultKey key, byte[] data) {
        key.requirePurpose(KeyPurpose.SIGNING_ED25519);
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(key.material()));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("sign.error.failed", key.info().name(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Verifies an Ed25519 {@code signature} over {@code data}; false for any invalid signature or key. */
    public static boolean verify(byte[] publicKeyX509, byte[] data, byte[] signature) {
        try {
            PublicKey publicKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(publicKeyX509));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
