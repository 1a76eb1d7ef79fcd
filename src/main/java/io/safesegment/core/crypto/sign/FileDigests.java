package io.safesegment.core.crypto.sign;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, streamed in 1 MiB blocks with cancellation checks. */
final class FileDigests {
    private FileDigests() {
    }

    static String sha256(Path file, Progress progress) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CryptoException(Message.of("crypto.error.noSha256"), e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                progress.checkCancelled();
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
