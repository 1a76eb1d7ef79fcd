package io.safesegment.core.privacy.anonymise;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a search.
 *
 * @param optimum                the best acceptable transformation, or null when none is acceptable
 * @param quasiIdentifiers       the quasi-identifiers, in the order of {@link Transformation#levels()}
 * @param rows                   rows of the input
 * @param latticeSize            transformations in the lattice
 * @param transformationsChecked transformations grouped and measured
 * @param millis                 wall time of the search
 */
public record AnonymisationResult(Transformation optimum, List<String> quasiIdentifiers, int rows, int latticeSize,
                                  int transformationsChecked, long millis) {
    /** Copies the list. */
    public AnonymisationResult {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
    }

    /** Whether an acceptable transformation was found. */
    public boolean found() {
        return optimum != null;
    }

    /** The optimum's level per quasi-identifier, in order. */
    public Map<String, Integer> levels() {
        java.util.LinkedHashMap<String, Integer> m = new java.util.LinkedHashMap<>();
        if (optimum != null) {
            for (int j = 0; j < quasiIdentifiers.size(); j++) {
                m.put(quasiIdentifiers.get(j), optimum.levels().get(j));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
