package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The byte layouts that are hashed and signed. Every field is length-prefixed (null as length -1), so no choice of
 * text in one field can imitate another field: the bytes are unambiguous without any escaping rule.
 */
final class AuditChain {
    /** The previous hash of entry 1. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 (hex) of the canonical bytes of an entry with these stored fields. */
    static String entryHash(long sequence, String at, String user, String action, String object, String fingerprint,
                            String outcome, String detail, String prevHash) {
        return sha256(bytes(out -> {
            out.writeUTF("safesegment-audit-entry-v1");
            out.writeLong(sequence);
            for (String field : new String[] {at, user, action, object, fingerprint, outcome, detail, prevHash}) {
                field(out, field);
            }
        }));
    }

    /** What a checkpoint signature covers. */
    static byte[] checkpointBytes(long upToSequence, String headHash, String at, String keyName) {
        return bytes(out -> {
            out.writeUTF("safesegment-audit-checkpoint-v1");
            out.writeLong(upToSequence);
            field(out, headHash);
            field(out, at);
            field(out, keyName);
        });
    }

    /** Whether {@code signature} is a valid Ed25519 signature by {@code publicKeyX509}; false for any bad input. */
    static boolean verifyEd25519(byte[] publicKeyX509, byte[] data, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyX509));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new LocalizedStateException(Message.of("governance.runtime.missingAlgorithm", "SHA-256"), e);
        }
    }
}
