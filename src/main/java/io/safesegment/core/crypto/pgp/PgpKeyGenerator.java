package io.safesegment.core.crypto.pgp;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.Features;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRing;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * Generates the workspace OpenPGP key: a v4 Ed25519 primary key (certify + sign) with a v4 X25519 (Cv25519 ECDH)
 * encryption subkey, the combination GnuPG 2.2 creates by default and reads. The secret key ring is stored
 * unprotected inside the key vault, which is itself encrypted.
 */
public final class PgpKeyGenerator {
    private PgpKeyGenerator() {
    }

    /**
     * A generated key.
     *
     * @param secretKeyRing binary secret key ring (secret: store only in the vault)
     * @param publicKeyRing binary public key ring
     * @param fingerprint   v4 fingerprint of the primary key, upper-case hex
     */
    public record Generated(byte[] secretKeyRing, byte[] publicKeyRing, String fingerprint) {
        @Override
        public String toString() {
            return "PgpKeyGenerator.Generated[" + fingerprint + "]";
        }
    }

    /** Generates a key pair for {@code userId} (e.g. "Name &lt;mail&gt;") created at {@code created}. */
    public static Generated generate(String userId, Instant created, SecureRandom random) {
        try {
            Date date = Date.from(created);
            Ed25519KeyPairGenerator signGen = new Ed25519KeyPairGenerator();
            signGen.init(new Ed25519KeyGenerationParameters(random));
            PGPKeyPair signPair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.EDDSA_LEGACY,
                    signGen.generateKeyPair(), date);
            X25519KeyPairGenerator encGen = new X25519KeyPairGenerator();
            encGen.init(new X25519KeyGenerationParameters(random));
            PGPKeyPair encPair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.ECDH,
                    encGen.generateKeyPair(), date);

            PGPSignatureSubpacketGenerator primary = new PGPSignatureSubpacketGenerator();
            primary.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            primary.setPreferredSymmetricAlgorithms(false,
                    new int[] {SymmetricKeyAlgorithmTags.AES_256, SymmetricKeyAlgorithmTags.AES_128});
            primary.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
            primary.setFeature(false, Features.FEATURE_MODIFICATION_DETECTION);
            PGPSignatureSubpacketGenerator sub = new PGPSignatureSubpacketGenerator();
            sub.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);

            PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, signPair, userId,
                    sha1, primary.generate(), null,
                    new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA512), null);
            rings.addSubKey(encPair, sub.generate(), null);
            PGPSecretKeyRing secret = rings.generateSecretKeyRing();
            PGPPublicKeyRing pub = rings.generatePublicKeyRing();
            return new Generated(secret.getEncoded(), pub.getEncoded(),
                    HexFormat.of().withUpperCase().formatHex(pub.getPublicKey().getFingerprint()));
        } catch (PGPException | IOException e) {
            throw new CryptoException(Message.of("pgp.error.generate", String.valueOf(e.getMessage())), e);
        }
    }

    /** The primary-key fingerprint of a binary public key ring, upper-case hex. */
    public static String fingerprintOf(byte[] publicKeyRing) {
        return HexFormat.of().withUpperCase().formatHex(readPublic(publicKeyRing).getPublicKey().getFingerprint());
    }

    /** The ASCII-armoured form of a binary public key ring, ready for {@code gpg --import}. */
    public static String armor(byte[] publicKeyRing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream armored = ArmoredOutputStream.builder().build(bytes)) {
            readPublic(publicKeyRing).encode(armored, true);
        } catch (IOException e) {
            throw new CryptoException(Message.of("pgp.error.armour", String.valueOf(e.getMessage())), e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    static PGPPublicKeyRing readPublic(byte[] publicKeyRing) {
        try {
            return new BcPGPPublicKeyRing(publicKeyRing);
        } catch (IOException e) {
            throw new CryptoException(Message.of("pgp.error.damagedPublicKey"), e);
        }
    }
}
