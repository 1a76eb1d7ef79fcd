package io.safesegment.core.recommend;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Another feature's reason for a recommendation, e.g. the campaign feature's "frequently bought together" rules
 * (issue 20 item 4): given what a customer bought and a recommended product, a one-line explanation or nothing. The
 * recommender keeps its own explanation where a source has none.
 */
@FunctionalInterface
public interface ExplanationSource {
    /**
     * A reason to recommend {@code itemId} to a customer who bought {@code history}.
     *
     * @return the explanation and the product ids it refers to, or empty
     */
    Optional<Explained> explain(Collection<String> history, String itemId);

    /**
     * @param reason       the explanation kind (e.g. {@code BOUGHT_TOGETHER})
     * @param text         one line with product ids or names
     * @param relatedItems the product ids the text refers to
     */
    record Explained(String reason, String text, List<String> relatedItems) {
    }
}
