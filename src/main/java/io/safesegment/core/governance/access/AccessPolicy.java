package io.safesegment.core.governance.access;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The permission guard the core services call at their entry points, one line each, before anything is written:
 * {@code AccessPolicy.require(workspace, actor, Permission.REIDENTIFY, what)}. On an ungoverned workspace (no
 * accounts, record 0025) everything is allowed as before. On a governed one the actor must be a signed-in, enabled
 * account whose role grants the permission; otherwise a {@code permission-denied} audit entry is written and
 * {@link PermissionDeniedException} thrown.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.ANALYST, EnumSet.noneOf(Permission.class),
            Role.PRIVACY_OFFICER, EnumSet.of(Permission.EXPORT_UNMASKED, Permission.USE_KEYS, Permission.REIDENTIFY,
                    Permission.EDIT_POLICY, Permission.APPROVE),
            // the administrator held the single vault password before accounts existed (record 0025)
            Role.ADMINISTRATOR, EnumSet.allOf(Permission.class));

    private AccessPolicy() {
    }

    /** Whether {@code role} has {@code permission} on a governed workspace. */
    public static boolean allows(Role role, Permission permission) {
        return GRANTS.get(role).contains(permission);
    }

    /** Whether the workspace in {@code directory} has accounts; false when it has no database at all. */
    public static boolean governed(Path directory) {
        return directory != null && Files.isRegularFile(directory.resolve(Workspace.DATABASE_FILE))
                && new AccountStore(Workspace.open(directory)).governed();
    }

    /** {@link #require(Workspace, Actor, Permission, Message)} for a workspace directory (null: no workspace). */
    public static void require(Path directory, Actor actor, Permission permission, Message what) {
        if (governed(directory)) {
            require(Workspace.open(directory), actor, permission, what);
        }
    }

    /**
     * Refuses {@code what} unless {@code actor} may do it on {@code workspace}.
     *
     * @param actor the signed-in account, or null when the front end has none (refused on a governed workspace)
     * @param what  the action and its object, for the message ("export dataset 'customers' …")
     * @throws PermissionDeniedException after recording the refusal; nothing else was written
     */
    public static void require(Workspace workspace, Actor actor, Permission permission, Message what) {
        AccountStore accounts = new AccountStore(workspace);
        if (!accounts.governed()) {
            return;
        }
        if (actor == null) {
            deny(workspace, "anonymous", permission, what, new PermissionDeniedException(null,
                    Message.of("access.error.signInRequired", workspace.directory().toString(), what)));
        }
        Optional<Account> account = accounts.find(actor.user());
        if (account.isEmpty() || !account.get().enabled() || account.get().role() != actor.role()) {
            deny(workspace, actor.user(), permission, what, new PermissionDeniedException(permission,
                    Message.of("access.error.inactive", actor.user(), what)));
        }
        if (!allows(actor.role(), permission)) {
            deny(workspace, actor.user(), permission, what, new PermissionDeniedException(permission,
                    Message.of("access.error.denied", actor.user(), roleName(actor.role()), what,
                            roleName(lowestRoleWith(permission)))));
        }
    }

    /**
     * The name the audit trail records for {@code actor}: the account name, or the OS user on an ungoverned
     * workspace or when no one is signed in.
     */
    public static String auditUser(Actor actor) {
        return actor == null ? AuditService.currentUser() : actor.user();
    }

    /** The translated role name ("Privacy Officer"). */
    public static Message roleName(Role role) {
        return switch (role) {
            case ANALYST -> Message.of("access.role.analyst");
            case PRIVACY_OFFICER -> Message.of("access.role.officer");
            case ADMINISTRATOR -> Message.of("access.role.admin");
        };
    }

    private static Role lowestRoleWith(Permission permission) {
        for (Role r : Role.values()) {
            if (allows(r, permission)) {
                return r;
            }
        }
        return Role.ADMINISTRATOR;
    }

    private static void deny(Workspace workspace, String user, Permission permission, Message what,
                             PermissionDeniedException refusal) {
        // the object is the English action text: names of datasets, files and keys, never values
        String object = what.english();
        AuditService.record(workspace, user, new AuditEvent(AuditAction.PERMISSION_DENIED,
                object.length() > 200 ? object.substring(0, 200) : object, null, AuditOutcome.BLOCKED,
                "permission=" + (permission == null ? "sign-in" : permission.code())), null);
        throw refusal;
    }
}
