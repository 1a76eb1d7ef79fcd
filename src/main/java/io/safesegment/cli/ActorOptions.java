package io.safesegment.cli;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Who runs a governance command, until workspace accounts and sign-in exist (the users slice of issue 17 replaces
 * this mixin with the signed-in account): {@code --user} (default env {@code SAFESEGMENT_USER}, else the OS user) and
 * {@code --role} (default analyst, the least privilege). The services check the role.
 */
final class ActorOptions {
    @Option(names = "--user", paramLabel = "NAME", description = "Acting user (default: env SAFESEGMENT_USER or the OS "
            + "user).")
    String user;

    @Option(names = "--role", paramLabel = "ROLE", description = "Acting role: analyst, officer or admin (default: "
            + "analyst).")
    String role;

    Actor actor(CommandLine cmd) {
        String name = user != null ? user : System.getenv().getOrDefault("SAFESEGMENT_USER",
                AuditService.currentUser());
        Role r = Role.ANALYST;
        if (role != null) {
            r = Arrays.stream(Role.values()).filter(x -> x.code().equalsIgnoreCase(role.strip())
                    || x.name().equalsIgnoreCase(role.strip())).findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(cmd, "Unknown --role '" + role
                            + "'; one of: analyst, officer, admin"));
        }
        return new Actor(name, r);
    }
}
