package io.safesegment.core.governance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The significant actions the audit trail records; {@link #code()} is what is stored and what the CLI filters on. */
public enum AuditAction {
    IMPORT("import"),
    POLICY_CHANGE("policy-change"),
    MASK_EXPORT("mask-export"),
    ANONYMISE("anonymise"),
    ENCRYPT("encrypt"),
    DECRYPT("decrypt"),
    KEY_CREATE("key-create"),
    KEY_ROTATE("key-rotate"),
    REIDENTIFY("reidentify"),
    RECIPE_RUN("recipe-run"),
    AUDIT_EXPORT("audit-export"),
    SIGN_IN("sign-in"),
    SIGN_IN_FAILED("sign-in-failed"),
    SIGN_OUT("sign-out"),
    USER_CHANGE("user-change"),
    PERMISSION_DENIED("permission-denied"),
    APPROVAL("approval"),
    REJECTION("rejection"),
    EXPORT("export"),
    RISK_OVERRIDE("risk-override"),
    SUBJECT_REQUEST("subject-request"),
    BACKUP("backup"),
    RESTORE("restore"),
    RETENTION("retention"),
    ALERT("alert");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stable lower-case name stored in the database (part of the CLI contract once released). */
    public String code() {
        return code;
    }

    /** The action whose code or enum name is {@code text} (case-insensitive), if any. */
    public static Optional<AuditAction> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.code.equals(t) || a.name().equalsIgnoreCase(t)).findFirst();
    }
}
