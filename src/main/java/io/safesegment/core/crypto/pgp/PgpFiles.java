package io.safesegment.core.crypto.pgp;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.crypto.WrongKeyException;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.KeyIdentifier;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.bc.BcPGPSecretKeyRing;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Encrypts files to an OpenPGP recipient and decrypts files sent to the workspace key, in the packet formats GnuPG
 * 2.2 reads and writes: PKESK v3 + SEIPD v1 (AES-256, with the modification detection code), literal data inside.
 * Files without integrity protection are refused. Output goes through {@link AtomicFiles}, so a failed integrity
 * check leaves no plaintext behind.
 */
public final class PgpFiles {
    private static final int BUFFER = 1 << 16;

    private PgpFiles() {
    }

    /**
     * Outcome of an OpenPGP operation.
     *
     * @param input  file read
     * @param output file written
     * @param bytes  plaintext size
     * @param keyId  the recipient (encryption) key id used, upper-case hex
     */
    public record Result(Path input, Path output, long bytes, String keyId) {
    }

    /** Encrypts {@code in} for {@code recipient}; {@code armor} writes ASCII armour instead of binary packets. */
    public static Result encrypt(Path in, Path out, PgpRecipient recipient, boolean armor, SecureRandom random,
                                 Progress progress) throws IOException {
        AtomicFiles.requireNotSameFile(in, out);
        long size = Files.size(in);
        long[] copied = {0};
        AtomicFiles.write(out, false, sink -> {
            OutputStream target = armor ? ArmoredOutputStream.builder().build(sink) : sink;
            PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                    new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                            .setWithIntegrityPacket(true).setSecureRandom(random));
            generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient.encryptionKey())
                    .setSecureRandom(random));
            try (InputStream source = Files.newInputStream(in);
                 OutputStream encrypted = generator.open(target, new byte[BUFFER]);
                 OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY,
                         in.getFileName().toString(), new Date(Files.getLastModifiedTime(in).toMillis()),
                         new byte[BUFFER])) {
                copied[0] = copy(source, literal, size, Message.of("progress.pgp.encrypting", in.getFileName().toString()), progress);
            } catch (PGPException e) {
                throw new CryptoException(Message.of("pgp.error.encrypt",
                        String.valueOf(in.getFileName()), String.valueOf(e.getMessage())), e);
            }
            if (armor) {
                target.close();
            }
        });
        return new Result(in, out, copied[0], recipient.encryptionKeyId());
    }

    /**
     * Decrypts {@code in} (binary or armoured) with the workspace secret key ring {@code secretKeyRing}.
     *
     * @throws WrongKeyException      when the file was encrypted for another key
     * @throws TamperedDataException  when the integrity check fails or protection is missing
     */
    public static Result decrypt(Path in, Path out, byte[] secretKeyRing, Progress progress) throws IOException {
        AtomicFiles.requireNotSameFile(in, out);
        PGPSecretKeyRing ring;
        try {
            ring = new BcPGPSecretKeyRing(secretKeyRing);
        } catch (PGPException e) {
            throw new CryptoException(Message.of("pgp.error.damagedKey"), e);
        }
        String name = in.getFileName().toString();
        long size = Files.size(in);
        String[] usedKey = {null};
        long[] copied = {0};
        try (InputStream raw = PGPUtil.getDecoderStream(new BufferedInputStream(Files.newInputStream(in), BUFFER))) {
            PGPEncryptedDataList list = encryptedDataList(new BcPGPObjectFactory(raw), name);
            PGPPublicKeyEncryptedData data = null;
            PGPKeyPair keyPair = null;
            for (Iterator<PGPEncryptedData> it = list.getEncryptedDataObjects(); it.hasNext(); ) {
                if (it.next() instanceof PGPPublicKeyEncryptedData pk) {
                    KeyIdentifier id = pk.getKeyIdentifier();
                    // a hidden recipient (gpg --throw-keyids) names no key: try the encryption subkey
                    PGPSecretKey secret = id.isWildcard() ? encryptionSubkey(ring) : ring.getSecretKey(id);
                    if (secret != null) {
                        data = pk;
                        keyPair = new PGPKeyPair(secret.getPublicKey(), secret.extractPrivateKey(null));
                        usedKey[0] = String.format("%016X", secret.getKeyIdentifier().getKeyId());
                        break;
                    }
                }
            }
            if (data == null) {
                throw new WrongKeyException(Message.of("pgp.pgpFiles.wasNotEncryptedTo", name));
            }
            if (!data.isIntegrityProtected()) {
                throw new TamperedDataException(Message.of("pgp.pgpFiles.isNotIntegrityProtected", name));
            }
            PGPPublicKeyEncryptedData chosen = data;
            InputStream clear = chosen.getDataStream(new BcPublicKeyDataDecryptorFactory(keyPair));
            AtomicFiles.write(out, false, sink -> {
                copied[0] = writeLiteral(clear, sink, name, size, progress);
                try {
                    if (!chosen.verify()) {
                        throw new TamperedDataException(Message.of("pgp.pgpFiles.failedItsIntegrityCheck", name));
                    }
                } catch (PGPException e) {
                    throw new TamperedDataException(Message.of("pgp.pgpFiles.failedItsIntegrityCheck2", name, LocalizedMessage.of(e)), e);
                }
            });
        } catch (PGPException e) {
            throw new TamperedDataException(Message.of("pgp.pgpFiles.couldNotBeDecrypted", name, LocalizedMessage.of(e)), e);
        } catch (IOException e) {
            if (e.getCause() instanceof TamperedDataException t) {
                throw t;
            }
            if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("premature")
                    || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("truncat")) {
                throw new TamperedDataException(Message.of("pgp.pgpFiles.isTruncatedOrCorrupted", name, LocalizedMessage.of(e)), e);
            }
            throw e;
        }
        return new Result(in, out, copied[0], usedKey[0]);
    }

    private static PGPEncryptedDataList encryptedDataList(BcPGPObjectFactory factory, String name)
            throws IOException {
        Object o = factory.nextObject();
        while (o instanceof PGPMarker) {
            o = factory.nextObject();
        }
        if (o instanceof PGPEncryptedDataList list) {
            return list;
        }
        throw new CryptoException(o == null ? Message.of("pgp.error.notEncryptedEmpty", name)
                : Message.of("pgp.error.notEncrypted", name, o.getClass().getSimpleName()));
    }

    private static long writeLiteral(InputStream clear, OutputStream sink, String name, long size, Progress progress)
            throws IOException {
        BcPGPObjectFactory factory = new BcPGPObjectFactory(clear);
        Object o = factory.nextObject();
        try {
            while (o != null) {
                if (o instanceof PGPCompressedData compressed) {
                    factory = new BcPGPObjectFactory(compressed.getDataStream());
                } else if (o instanceof PGPLiteralData literal) {
                    long n;
                    try (InputStream content = literal.getInputStream()) {
                        n = copy(content, sink, size, Message.of("progress.pgp.decrypting", name), progress);
                    }
                    drain(factory);
                    return n;
                } else if (!(o instanceof PGPOnePassSignatureList) && !(o instanceof PGPSignatureList)) {
                    throw new CryptoException(Message.of("pgp.error.unexpected", name, o.getClass().getSimpleName()));
                }
                o = factory.nextObject();
            }
        } catch (PGPException e) {
            throw new TamperedDataException(Message.of("pgp.pgpFiles.couldNotBeDecompressed", name, LocalizedMessage.of(e)), e);
        }
        throw new CryptoException(Message.of("pgp.error.noLiteral", name));
    }

    /** Reads trailing packets (e.g. signatures) so the MDC at the end of the encrypted stream is reached. */
    private static void drain(BcPGPObjectFactory factory) throws IOException {
        while (factory.nextObject() != null) {
            // only consuming; trailing signatures are not checked here
        }
    }

    private static long copy(InputStream in, OutputStream out, long expected, Message message, Progress progress)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        int step = 0;
        while ((n = in.read(buffer)) > 0) {
            progress.checkCancelled();
            out.write(buffer, 0, n);
            total += n;
            if ((++step & 63) == 0 && expected > 0) {
                progress.report(Math.min(1, (double) total / expected), message);
            }
        }
        progress.report(1, message);
        return total;
    }

    private static PGPSecretKey encryptionSubkey(PGPSecretKeyRing ring) {
        for (Iterator<PGPSecretKey> it = ring.getSecretKeys(); it.hasNext(); ) {
            PGPSecretKey key = it.next();
            if (!key.isMasterKey() && key.getPublicKey().isEncryptionKey()) {
                return key;
            }
        }
        return null;
    }
}
