package io.safesegment.core.governance.access;

/**
 * The alert rules of one workspace (workspace settings {@code alerts.*}; record 0025 documents the defaults). A
 * threshold alerts when a count is <em>more than</em> it; a negative threshold switches the rule off.
 *
 * @param directIdentifierExport alert on an export holding a direct identifier without a masking rule
 * @param failedSignIns          alert when an account's consecutive failed sign-ins exceed this (default 3)
 * @param reidentifiedRecords    alert when one re-identification covers more records than this (default 100)
 * @param blockedExportOverride  alert when a blocked export is released by an override
 */
public record AlertRules(boolean directIdentifierExport, int failedSignIns, int reidentifiedRecords,
                         boolean blockedExportOverride) {
    /** The rules of a governed workspace that never changed them. */
    public static final AlertRules DEFAULTS = new AlertRules(true, 3, 100, true);
    /** An ungoverned workspace raises no alert unless its rules were saved (its behaviour stays as before). */
    public static final AlertRules OFF = new AlertRules(false, -1, -1, false);
}
