package io.safesegment.core.governance;

/**
 * The workspace roles of issue #17, least privilege first. Permissions are decided inside the core services from the
 * acting {@link Actor}'s role, never by what a front end shows.
 */
public enum Role {
    /** Works on masked datasets; sees direct identifiers only masked; cannot export unmasked or unapproved data. */
    ANALYST("analyst"),
    /** Edits and approves policies, reviews exports, re-identifies with a recorded reason. */
    PRIVACY_OFFICER("officer"),
    /** Manages users, retention and backups. */
    ADMINISTRATOR("admin");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The stable lower-case name used on the CLI ({@code --role analyst|officer|admin}) and in the database. */
    public String code() {
        return code;
    }
}
