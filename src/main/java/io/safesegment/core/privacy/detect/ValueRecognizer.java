package io.safesegment.core.privacy.detect;

/**
 * Decides whether one cell value looks like a given kind of personal data. Implementations validate checksums and
 * structure where the entity has them, so look-alikes (a Luhn-invalid 16-digit number) are rejected.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ValueRecognizer {

    /** The entity this recogniser finds. */
    EntityType entity();

    /**
     * How much a match on its own says: 1.0 for values with checksums or unambiguous structure (email, IBAN),
     * lower for values that many non-personal columns also contain (6-digit numbers, small integers).
     */
    default double specificity() {
        return 1.0;
    }

    /** Whether {@code value} (never null, already trimmed, never empty) is an instance of the entity. */
    boolean matches(String value);
}
