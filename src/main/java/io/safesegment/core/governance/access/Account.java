package io.safesegment.core.governance.access;

import io.safesegment.core.governance.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * A local account of a governed workspace, as listed (no hash, no TOTP secret).
 *
 * @param name           the sign-in name
 * @param role           its role
 * @param enabled        false once disabled (it can no longer sign in; its audit entries stay)
 * @param totp           whether a TOTP second factor is required
 * @param failedAttempts consecutive failed sign-ins since the last success
 * @param lockedUntil    when a lock-out ends, or null when not locked
 * @param createdAt      when it was created
 */
public record Account(String name, Role role, boolean enabled, boolean totp, int failedAttempts, Instant lockedUntil,
                      Instant createdAt) {
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether a lock-out is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
