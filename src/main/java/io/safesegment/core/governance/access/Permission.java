package io.safesegment.core.governance.access;

/** What a role may do on a governed workspace; {@link AccessPolicy} holds the role → permission table. */
public enum Permission {
    /** Export or write a dataset that still holds unmasked direct identifiers. */
    EXPORT_UNMASKED("export-unmasked"),
    /** Read, create, rotate or export vault keys, or decrypt with them. */
    USE_KEYS("use-keys"),
    /** Reverse pseudonymisation (re-identify data subjects); needs a recorded reason. */
    REIDENTIFY("reidentify"),
    /** Create or change a masking policy revision. */
    EDIT_POLICY("edit-policy"),
    /** Approve or reject a policy revision or an export (the approvals slice calls this). */
    APPROVE("approve"),
    /** Add, disable or change accounts. */
    MANAGE_USERS("manage-users"),
    /** Retention settings, backup and restore. */
    MANAGE_WORKSPACE("manage-workspace");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** Stable name used in audit entries and messages. */
    public String code() {
        return code;
    }
}
