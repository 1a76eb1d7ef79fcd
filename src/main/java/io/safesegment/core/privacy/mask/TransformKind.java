package io.safesegment.core.privacy.mask;

/** What a masking rule did to a column, in the GDPR vocabulary shown to privacy officers (DESIGN.md §4). */
public enum TransformKind {
    /** The column is dropped from the output. */
    REMOVED,
    /** Characters are hidden or values replaced by a constant or token. */
    MASKED,
    /** Values are coarsened: bins, prefixes, month/year, hierarchy levels, top/bottom coding, truncation. */
    GENERALISED,
    /** Values are replaced by keyed, consistent surrogates; still personal data under GDPR (reversible with the key). */
    PSEUDONYMISED,
    /** Values are encrypted; readable only with the key. */
    ENCRYPTED,
    /** Values are changed by random noise, date shifts or aggregation. */
    PERTURBED,
    /** The column passes through unchanged. */
    KEPT
}
