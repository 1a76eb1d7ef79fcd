package io.safesegment.cli;

import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessService;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The account a command acts as on a governed workspace (record 0025): {@code --user NAME} (else the environment
 * variable {@code SAFESEGMENT_USER}), its password from {@link PasswordOption} (never an argument) and, when the
 * account has a second factor, {@code --totp CODE} (else {@code SAFESEGMENT_TOTP}). On an ungoverned workspace
 * nothing is asked and the command runs as before.
 */
final class AccountOption {
    static final String USER_ENV = "SAFESEGMENT_USER";
    static final String TOTP_ENV = "SAFESEGMENT_TOTP";

    @Option(names = "--user", paramLabel = "NAME",
            description = "Account to sign in as on a governed workspace (else env " + USER_ENV + "); its password "
                    + "comes from --password-file or " + PasswordOption.ENV + ".")
    String user;

    @Option(names = "--totp", paramLabel = "CODE",
            description = "The account's current TOTP code, when it has a second factor (else env " + TOTP_ENV + ").")
    String totp;

    private boolean resolved;
    private AccessService.Session session;

    /**
     * Signs in once per command on a governed {@code workspace}; null on an ungoverned one. The caller must not close
     * the session: it is reused by later calls of the same command.
     */
    AccessService.Session session(Path workspace, PasswordOption password, CommandLine cmd) throws IOException {
        if (resolved) {
            return session;
        }
        resolved = true;
        if (workspace == null || !AccessService.isGoverned(workspace)) {
            return null;
        }
        String name = user != null ? user : PasswordOption.environment.get(USER_ENV);
        if (name == null || name.isBlank()) {
            throw new ParameterException(cmd, "workspace " + workspace + " is governed: sign in with --user NAME (or "
                    + USER_ENV + ") and the password from --password-file or " + PasswordOption.ENV);
        }
        String code = totp != null ? totp : PasswordOption.environment.get(TOTP_ENV);
        char[] pw = password.read(cmd);
        try {
            session = AccessService.signIn(workspace, name, pw, code);
        } finally {
            Secrets.wipe(pw);
        }
        return session;
    }

    /** The signed-in actor on a governed workspace, else null (the services then act as before). */
    Actor actor(Path workspace, PasswordOption password, CommandLine cmd) throws IOException {
        AccessService.Session s = session(workspace, password, cmd);
        return s == null ? null : s.actor();
    }
}
