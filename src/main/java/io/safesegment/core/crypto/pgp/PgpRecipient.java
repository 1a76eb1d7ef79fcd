package io.safesegment.core.crypto.pgp;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.UnusableKeyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * A recipient's OpenPGP public key, checked before anything is encrypted to it: not revoked, not expired, and with
 * a subkey (or primary key) whose self-signed key flags allow encryption. BouncyCastle's
 * {@code PGPPublicKey.isEncryptionKey()} looks only at the algorithm, so the flags are read here from the verified
 * binding signatures.
 *
 * @param source        the file the key came from
 * @param fingerprint   primary key fingerprint, upper-case hex
 * @param userIds       the key's user ids
 * @param encryptionKey the key that will receive the session key
 */
public record PgpRecipient(Path source, String fingerprint, List<String> userIds, PGPPublicKey encryptionKey) {

    /** Reads and checks an ASCII-armoured (or binary) public key file, as of {@code now}. */
    public static PgpRecipient load(Path file, Instant now) throws IOException {
        PGPPublicKeyRing ring;
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            if (rings.size() != 1) {
                throw new CryptoException(Message.of("pgp.error.manyKeys", String.valueOf(file),
                        rings.size()));
            }
            ring = rings.getKeyRings().next();
        } catch (PGPException | IOException | RuntimeException e) {
            if (e instanceof CryptoException ce) {
                throw ce;
            }
            throw new CryptoException(Message.of("pgp.error.notPublicKey", String.valueOf(file),
                    String.valueOf(e.getMessage())), e);
        }
        PGPPublicKey primary = ring.getPublicKey();
        String fingerprint = HexFormat.of().withUpperCase().formatHex(primary.getFingerprint());
        List<String> userIds = new ArrayList<>();
        primary.getUserIDs().forEachRemaining(userIds::add);
        String who = file.getFileName() + " (" + fingerprint + ")";
        if (primary.getVersion() != 4) {
            throw new UnusableKeyException(Message.of("pgp.error.version", who,
                    primary.getVersion()));
        }
        if (hasVerifiedSignature(primary, primary, PGPSignature.KEY_REVOCATION)) {
            throw new UnusableKeyException(Message.of("pgp.error.revoked", who));
        }
        requireNotExpired(primary, now, who);
        List<String> reasons = new ArrayList<>();
        PGPPublicKey chosen = null;
        for (Iterator<PGPPublicKey> it = ring.getPublicKeys(); it.hasNext(); ) {
            PGPPublicKey key = it.next();
            String reason = unusableReason(primary, key, now);
            if (reason == null) {
                if (chosen == null || key.getCreationTime().after(chosen.getCreationTime())) {
                    chosen = key;
                }
            } else {
                reasons.add(String.format("%016X: %s", key.getKeyID(), reason));
            }
        }
        if (chosen == null) {
            throw new UnusableKeyException(Message.of("pgp.error.noEncryptionKey", who,
                    String.join("; ", reasons)));
        }
        return new PgpRecipient(file, fingerprint, List.copyOf(userIds), chosen);
    }

    /** The key id of the chosen encryption key, upper-case hex. */
    public String encryptionKeyId() {
        return String.format("%016X", encryptionKey.getKeyID());
    }

    private static String unusableReason(PGPPublicKey primary, PGPPublicKey key, Instant now) {
        boolean isPrimary = key.isMasterKey();
        int flags = 0;
        boolean bound = false;
        Iterator<PGPSignature> sigs = isPrimary ? key.getSignatures()
                : key.getSignaturesOfType(PGPSignature.SUBKEY_BINDING);
        while (sigs.hasNext()) {
            PGPSignature sig = sigs.next();
            if (isPrimary && !sig.isCertification() && sig.getSignatureType() != PGPSignature.DIRECT_KEY) {
                continue;
            }
            if (sig.getKeyID() != primary.getKeyID() || sig.getHashedSubPackets() == null || !verify(primary, key, sig)) {
                continue;
            }
            bound = true;
            flags |= sig.getHashedSubPackets().getKeyFlags();
        }
        if (!bound) {
            return "no valid self-signature";
        }
        if ((flags & (KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE)) == 0) {
            return "key flags do not allow encryption";
        }
        if (!key.isEncryptionKey()) {
            return "algorithm cannot encrypt";
        }
        if (!isPrimary && hasVerifiedSignature(primary, key, PGPSignature.SUBKEY_REVOCATION)) {
            return "revoked";
        }
        long valid = key.getValidSeconds();
        if (valid > 0 && key.getCreationTime().toInstant().plusSeconds(valid).isBefore(now)) {
            return "expired on " + key.getCreationTime().toInstant().plusSeconds(valid);
        }
        return null;
    }

    private static void requireNotExpired(PGPPublicKey primary, Instant now, String who) {
        long valid = primary.getValidSeconds();
        if (valid > 0) {
            Instant expiry = primary.getCreationTime().toInstant().plusSeconds(valid);
            if (expiry.isBefore(now)) {
                throw new UnusableKeyException(Message.of("pgp.error.expired", who,
                        String.valueOf(expiry)));
            }
        }
    }

    private static boolean hasVerifiedSignature(PGPPublicKey primary, PGPPublicKey key, int type) {
        for (Iterator<PGPSignature> it = key.getSignaturesOfType(type); it.hasNext(); ) {
            if (verify(primary, key, it.next())) {
                return true;
            }
        }
        return false;
    }

    private static boolean verify(PGPPublicKey primary, PGPPublicKey key, PGPSignature sig) {
        try {
            sig.init(new BcPGPContentVerifierBuilderProvider(), primary);
            return switch (sig.getSignatureType()) {
                case PGPSignature.SUBKEY_BINDING, PGPSignature.SUBKEY_REVOCATION -> sig.verifyCertification(primary, key);
                case PGPSignature.KEY_REVOCATION, PGPSignature.DIRECT_KEY -> sig.verifyCertification(key);
                default -> {
                    Iterator<String> ids = key.getUserIDs();
                    while (ids.hasNext()) {
                        String id = ids.next();
                        Iterator<PGPSignature> forId = key.getSignaturesForID(id);
                        while (forId.hasNext()) {
                            if (forId.next() == sig) {
                                yield sig.verifyCertification(id, key);
                            }
                        }
                    }
                    yield false;
                }
            };
        } catch (PGPException | RuntimeException e) {
            return false;
        }
    }
}
