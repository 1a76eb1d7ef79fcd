package io.safesegment.cli;

import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.access.AccessService;
import io.safesegment.core.governance.access.Account;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code safesegment users add|list|disable|totp|totp-reset|reseal --workspace DIR --user ADMIN}: manages the accounts of a governed
 * workspace (record 0025). Every subcommand signs in; only an Administrator may manage accounts, which the service
 * checks.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the accounts of a governed workspace (an Administrator signs in with --user).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
            UsersCommand.EnrolTotp.class, UsersCommand.ResetTotp.class, UsersCommand.Reseal.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every users subcommand shares. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        PasswordOption password;

        @Mixin
        AccountOption account;

        AccessService.Session signIn() throws IOException {
            AccessService.Session session = account.session(workspace, password, spec.commandLine());
            if (session == null) {
                throw new ParameterException(spec.commandLine(), "workspace " + workspace + " has no accounts yet: "
                        + "create the administrator with 'safesegment workspace init DIR --admin NAME'");
            }
            return session;
        }

        void print(Object json, String text) {
            PrintWriter out = spec.commandLine().getOut();
            if (this.json) {
                Json.print(out, json);
            } else {
                out.println(text);
                out.flush();
            }
        }
    }

    /** One account as printed ({@code --json} field names are a contract). */
    record UserView(String name, String role, boolean enabled, boolean totp, int failedAttempts, String lockedUntil,
                    String createdAt) {
        static UserView of(Account a) {
            return new UserView(a.name(), a.role().code(), a.enabled(), a.totp(), a.failedAttempts(),
                    a.lockedUntil() == null ? null : a.lockedUntil().toString(), a.createdAt().toString());
        }
    }

    record UserList(String workspace, List<UserView> users) {
    }

    record UserChange(String workspace, String action, UserView user) {
    }

    static Role role(String code, CommandLine cmd) {
        for (Role r : Role.values()) {
            if (r.code().equals(code.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new ParameterException(cmd, "--role must be analyst, officer or admin, not '" + code + "'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add extends Common implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new account's name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "analyst, officer or admin.")
        String role;

        @Mixin
        NewPasswordOption newPassword;

        @Override
        public Integer call() throws IOException {
            Role chosen = role(role, spec.commandLine());
            AccessService.Session session = signIn();
            char[] pw = newPassword.read(spec.commandLine());
            Account added;
            try {
                added = AccessService.addUser(workspace, session, name, chosen, pw);
            } finally {
                Secrets.wipe(pw);
                session.close();
            }
            UserView view = UserView.of(added);
            print(new UserChange(workspace.toString(), "added", view),
                    "Added " + view.role() + " account '" + view.name() + "'");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers extends Common implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            AccessService.Session session = signIn();
            session.close();
            List<UserView> users = AccessService.users(workspace, session.actor()).stream().map(UserView::of).toList();
            StringBuilder text = new StringBuilder();
            users.forEach(u -> text.append(String.format(Locale.ROOT, "%-20s %-8s %s%s%s%n", u.name(), u.role(),
                    u.enabled() ? "enabled" : "disabled", u.totp() ? ", totp" : "",
                    u.lockedUntil() == null ? "" : ", locked until " + u.lockedUntil())));
            print(new UserList(workspace.toString(), users), text.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account.")
    static final class Disable extends Common implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account to disable.")
        String name;

        @Override
        public Integer call() throws IOException {
            AccessService.Session session = signIn();
            session.close();
            UserView view = UserView.of(AccessService.disable(workspace, session.actor(), name));
            print(new UserChange(workspace.toString(), "disabled", view), "Disabled account '" + view.name() + "'");
            return 0;
        }
    }

    @Command(name = "totp", mixinStandardHelpOptions = true,
            description = "Enrol a TOTP second factor and print its secret for an authenticator app.")
    static final class EnrolTotp extends Common implements Callable<Integer> {
        @Option(names = "--name", paramLabel = "NAME", description = "The account (default: the one signing in).")
        String name;

        @Override
        public Integer call() throws IOException {
            AccessService.Session session = signIn();
            session.close();
            String target = name == null ? session.actor().user() : name;
            // the secret is sealed under the account's own password (record 0034), so the service needs it again
            char[] pw = password.read(spec.commandLine());
            String secret;
            try {
                secret = AccessService.enrolTotp(workspace, session.actor(), target, pw);
            } finally {
                Secrets.wipe(pw);
            }
            print(new TotpEnrolment(target, secret, "otpauth://totp/SafeSegment:" + target + "?secret=" + secret
                    + "&issuer=SafeSegment"), "TOTP secret of '" + target + "' (enter it in an authenticator app): "
                    + secret);
            return 0;
        }
    }

    record TotpEnrolment(String user, String secret, String uri) {
    }

    @Command(name = "totp-reset", mixinStandardHelpOptions = true,
            description = "Remove the TOTP second factor of an account (a lost authenticator); it re-enrols itself.")
    static final class ResetTotp extends Common implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account.")
        String name;

        @Override
        public Integer call() throws IOException {
            AccessService.Session session = signIn();
            session.close();
            UserView view = UserView.of(AccessService.resetTotp(workspace, session.actor(), name));
            print(new UserChange(workspace.toString(), "totp-reset", view),
                    "Removed the second factor of '" + view.name() + "'");
            return 0;
        }
    }

    @Command(name = "reseal", mixinStandardHelpOptions = true,
            description = "Hand the vault password again to an account that 'keys change-password' listed as not "
                    + "re-sealed (it must have signed in once since); the signed-in Administrator's copy must open "
                    + "the vault.")
    static final class Reseal extends Common implements Callable<Integer> {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The account.")
        String name;

        @Override
        public Integer call() throws IOException {
            UserView view;
            try (AccessService.Session session = signIn()) {
                view = UserView.of(io.safesegment.core.crypto.CryptoService.resealVault(workspace, session, name));
            }
            print(new UserChange(workspace.toString(), "resealed", view),
                    "Handed the vault password to '" + view.name() + "' again");
            return 0;
        }
    }
}
