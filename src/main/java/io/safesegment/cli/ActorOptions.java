package io.safesegment.cli;

import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Who runs a governance command (approvals, reports, subject requests, retention, backup). On a governed workspace
 * (record 0025) it is the signed-in account: {@code --user} (else {@code SAFESEGMENT_USER}), its password from the
 * command's {@code --password-file} or {@code SAFESEGMENT_PASSWORD}, {@code --totp} when it has a second factor; the
 * role is the account's and {@code --role} is refused. On an ungoverned workspace nobody signs in, so the acting user
 * and role are simply stated ({@code --role}, default analyst, the least privilege): the services still check the
 * role, but only a governed workspace makes it trustworthy (record 0026).
 */
final class ActorOptions {
    @Option(names = "--user", paramLabel = "NAME", description = "Account (governed workspace) or acting user (default: "
            + "env SAFESEGMENT_USER or the OS user).")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", description = "Acting role on an ungoverned workspace: analyst, "
            + "officer or admin (default: analyst). A governed workspace takes the signed-in account's role.")
    String role;

    @Option(names = "--totp", paramLabel = "CODE",
            description = "The account's current TOTP code, when it has a second factor (else env SAFESEGMENT_TOTP).")
    String totp;

    private Actor signedIn;

    /** The actor for a command without its own password option (the account password then comes from the env). */
    Actor actor(CommandLine cmd, Path workspace) throws IOException {
        return actor(cmd, workspace, null);
    }

    /**
     * The signed-in account's actor on a governed {@code workspace}, else the stated user and role.
     *
     * @param password the command's password option, or null to read {@code SAFESEGMENT_PASSWORD}
     */
    Actor actor(CommandLine cmd, Path workspace, PasswordOption password) throws IOException {
        if (workspace != null && AccessService.isGoverned(workspace)) {
            if (signedIn != null) {
                return signedIn;
            }
            if (role != null) {
                throw new ParameterException(cmd, "--role is for ungoverned workspaces: on the governed workspace "
                        + workspace + " the role is the signed-in account's");
            }
            String name = user != null ? user : PasswordOption.environment.get(AccountOption.USER_ENV);
            if (name == null || name.isBlank()) {
                throw new ParameterException(cmd, "workspace " + workspace + " is governed: sign in with --user NAME "
                        + "(or " + AccountOption.USER_ENV + ") and the password from --password-file or "
                        + PasswordOption.ENV);
            }
            String code = totp != null ? totp : PasswordOption.environment.get(AccountOption.TOTP_ENV);
            char[] pw = (password != null ? password : new PasswordOption()).read(cmd);
            try (AccessService.Session session = AccessService.signIn(workspace, name, pw, code)) {
                signedIn = session.actor();
            } finally {
                Secrets.wipe(pw);
            }
            return signedIn;
        }
        String name = user != null ? user : PasswordOption.environment.getOrDefault(AccountOption.USER_ENV,
                AuditService.currentUser());
        Role r = Role.ANALYST;
        if (role != null) {
            r = Arrays.stream(Role.values()).filter(x -> x.code().equalsIgnoreCase(role.strip())
                    || x.name().equalsIgnoreCase(role.strip())).findFirst()
                    .orElseThrow(() -> new ParameterException(cmd, "Unknown --role '" + role
                            + "'; one of: analyst, officer, admin"));
        }
        return new Actor(name, r);
    }
}
