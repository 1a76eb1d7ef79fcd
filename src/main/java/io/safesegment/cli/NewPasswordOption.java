package io.safesegment.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The password of an account being created: {@code --new-password-file FILE} (first line) or the environment
 * variable {@code SAFESEGMENT_NEW_PASSWORD}, never an argument. Kept apart from {@link PasswordOption}, which is the
 * password of the account signing in.
 */
final class NewPasswordOption {
    static final String ENV = "SAFESEGMENT_NEW_PASSWORD";

    @Option(names = "--new-password-file", paramLabel = "FILE",
            description = "File whose first line is the new account's password (else env " + ENV + ").")
    Path file;

    /** Reads the password into a fresh array the caller wipes. */
    char[] read(CommandLine cmd) throws IOException {
        if (file == null && PasswordOption.environment.get(ENV) == null) {
            throw new CommandLine.ParameterException(cmd, "The new account needs a password: give "
                    + "--new-password-file FILE or set " + ENV);
        }
        PasswordOption reader = new PasswordOption();
        reader.passwordFile = file;
        if (file != null) {
            return reader.read(cmd);
        }
        char[] env = PasswordOption.environment.get(ENV).toCharArray();
        if (env.length == 0) {
            throw new CommandLine.ParameterException(cmd, "The new password is empty");
        }
        return env;
    }
}
