package io.safesegment.core.governance;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Objects;

/**
 * Who is acting on a workspace: the signed-in account's name and role. Services take it to decide permissions and
 * record it in the audit trail.
 *
 * @param user the account name (never a password or a personal value of a data subject)
 * @param role the account's role
 */
public record Actor(String user, Role role) {
    public Actor {
        Objects.requireNonNull(role, "role");
        if (user == null || user.isBlank()) {
            throw new LocalizedArgumentException(Message.of("governance.actor.needsUser"));
        }
    }
}
