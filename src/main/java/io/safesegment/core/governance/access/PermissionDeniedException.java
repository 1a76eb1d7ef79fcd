package io.safesegment.core.governance.access;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;

/**
 * A governed workspace refused an action for the acting account's role. The message names the account, its role,
 * the action and the object (a dataset, file or key name) — never a data value or a secret. Nothing was written.
 */
public final class PermissionDeniedException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final transient Message message;
    private final Permission permission;

    /** Creates the refusal of {@code permission} with its user-readable message. */
    public PermissionDeniedException(Permission permission, Message message) {
        super(message.english());
        this.message = message;
        this.permission = permission;
    }

    /** The permission the role lacks (null when no one was signed in). */
    public Permission permission() {
        return permission;
    }

    @Override
    public Message message() {
        return message;
    }
}
