package io.safesegment.core.privacy.detect;

import io.safesegment.core.data.ColumnRole;
import java.util.List;
import java.util.Optional;

/**
 * What the detector concluded about one column.
 *
 * @param column        the column name
 * @param matches       entities found, most confident first (may be empty)
 * @param suggestedRole the role SafeSegment proposes; the user may override it
 * @param sampled       how many non-empty values were examined
 */
public record ColumnDetection(String column, List<EntityMatch> matches, ColumnRole suggestedRole, int sampled) {
    /** Copies the list. */
    public ColumnDetection {
        matches = List.copyOf(matches);
    }

    /** The most confident entity, if any. */
    public Optional<EntityMatch> top() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }
}
