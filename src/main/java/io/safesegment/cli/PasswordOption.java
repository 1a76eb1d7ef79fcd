package io.safesegment.cli;

import io.safesegment.core.crypto.Secrets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The password of the vault or of a password-encrypted file: read from {@code --password-file} or the environment
 * variable {@code SAFESEGMENT_PASSWORD}, never from an argument (arguments are visible to other users in the process
 * list and stay in shell history).
 */
final class PasswordOption {
    /** The environment variable read when no password file is given. */
    static final String ENV = "SAFESEGMENT_PASSWORD";

    /** Tests replace the environment; production reads the real one. */
    static Map<String, String> environment = System.getenv();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (else env " + ENV + ").")
    Path passwordFile;

    /** Whether a password was supplied either way. */
    boolean present() {
        return passwordFile != null || environment.get(ENV) != null;
    }

    /** Reads the password into a fresh array the caller must wipe; fails with a hint when none was given. */
    char[] read(picocli.CommandLine cmd) throws IOException {
        if (passwordFile != null) {
            return requireNonEmpty(firstLine(passwordFile), cmd);
        }
        String env = environment.get(ENV);
        if (env != null) {
            return requireNonEmpty(env.toCharArray(), cmd);
        }
        throw new ParameterException(cmd, "A password is needed: give --password-file FILE or set " + ENV);
    }

    /** The first line of {@code file} as a fresh array the caller must wipe (the file's bytes are wiped). */
    static char[] firstLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Secrets.wipe(bytes);
        }
    }

    private static char[] requireNonEmpty(char[] password, picocli.CommandLine cmd) {
        if (password.length == 0) {
            throw new ParameterException(cmd, "The password is empty; put it on the first line of the password file");
        }
        return password;
    }
}
