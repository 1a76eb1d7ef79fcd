package io.safesegment.core.governance;

/** How a recorded action ended. */
public enum AuditOutcome {
    /** Done as asked. */
    SUCCESS,
    /** Refused by a check (e.g. the leak scan blocked an export); nothing was written. */
    BLOCKED,
    /** A check failed and the user overrode it with a reason. */
    OVERRIDDEN,
    /** Failed with an error. */
    FAILURE;

    /** The stored lower-case name. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
