package io.safesegment.core.governance.access;

/** The alert rules of issue 17 item 3; {@link #code()} is stored in the audit entry's detail. */
public enum AlertKind {
    /** An export that still holds a direct identifier no masking rule covered. */
    DIRECT_IDENTIFIER_EXPORT("direct-identifier-export"),
    /** More than N consecutive failed sign-ins of one account. */
    FAILED_SIGN_INS("failed-sign-ins"),
    /** A re-identification of more than N records. */
    REIDENTIFIED_RECORDS("reidentified-records"),
    /** An export the leak scan or a risk check blocked was released anyway by an override. */
    BLOCKED_EXPORT_OVERRIDE("blocked-export-override"),
    /** A scan for odd transactions flagged more rows than the rule allows. */
    FLAGGED_TRANSACTIONS("flagged-transactions"),
    /** Raised by another service through {@link Alerts#raise} for its own rule. */
    OTHER("other");

    private final String code;

    AlertKind(String code) {
        this.code = code;
    }

    /** Stable lower-case name. */
    public String code() {
        return code;
    }
}
