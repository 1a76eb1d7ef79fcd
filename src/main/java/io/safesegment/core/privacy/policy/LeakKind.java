package io.safesegment.core.privacy.policy;

/**
 * Why a masked cell counts as a leak. Every kind except {@link #RECOGNISABLE_PATTERN} means the cell still carries
 * (part of) an original direct-identifier value; the wording is what users read in "kind: …".
 */
public enum LeakKind {
    /** The cell equals the record's original identifier (e.g. {@code keep} on an id column). */
    UNCHANGED_IDENTIFIER("original identifier unchanged"),
    /** The identifier's own column still contains the whole original, e.g. a char mask that kept every character. */
    CONTAINS_IDENTIFIER("substring of direct identifier"),
    /** Another column of the same record contains the record's identifier, e.g. an email copied into notes. */
    COPY_IN_SAME_RECORD("copy of the same record's direct identifier"),
    /** A distinctive identifier value (of any record) appears in this cell. */
    DISTINCTIVE_IDENTIFIER("distinctive identifier value of another record"),
    /** The identifier's own column keeps a run of {@value LeakScanner#RUN_LENGTH} or more characters unique to it. */
    PARTIAL_IDENTIFIER("partly masked value keeping a run unique to the original"),
    /** A direct-identifier column still holds values a strong recogniser accepts (a realistic email, phone…). */
    RECOGNISABLE_PATTERN("recognisable personal data in a direct-identifier column");

    private final String description;

    LeakKind(String description) {
        this.description = description;
    }

    /** The English wording shown after "kind:". */
    public String description() {
        return description;
    }

    /** Whether the cell carries (part of) an original identifier, as opposed to only looking like personal data. */
    public boolean carriesOriginal() {
        return this != RECOGNISABLE_PATTERN;
    }
}
