package io.safesegment.core.data.dataset;

import java.util.Locale;

/** How a workspace dataset came to be. {@link #cliName()} appears in JSON output and the database; it is a contract. */
public enum DatasetKind {
    /** A user's file, copied into the workspace. */
    IMPORTED,
    /** Another dataset after cleaning steps. */
    CLEANED,
    /** The join of two datasets. */
    JOINED,
    /** Rows fetched from PostgreSQL. */
    POSTGRES,
    /** Another dataset after a masking policy. */
    MASKED,
    /** Another dataset generalised until measured risk allowed calling it anonymised. */
    ANONYMISED,
    /** Computed from others: features, segment assignments, recommendations. */
    DERIVED;

    /** The lower-case name stored and printed. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the dataset is protected (masked or anonymised), the default input of downstream sections. */
    public boolean isProtected() {
        return this == MASKED || this == ANONYMISED;
    }

    /**
     * The kind stored as {@code text}. Schema-version-1 rows stored a file kind ({@code csv}, {@code xlsx}) or a free
     * label instead: they were all registered imports or kept tables, and read as {@link #IMPORTED}.
     */
    public static DatasetKind fromStored(String text) {
        for (DatasetKind kind : values()) {
            if (kind.cliName().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        return IMPORTED;
    }
}
