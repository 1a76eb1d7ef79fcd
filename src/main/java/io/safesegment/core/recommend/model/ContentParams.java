package io.safesegment.core.recommend.model;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * TF-IDF content model settings.
 *
 * @param minDocumentFrequency terms in fewer products are dropped (≥ 1)
 * @param maxDocumentShare     terms in more than this share of products are dropped as non-discriminating (0..1]
 */
public record ContentParams(int minDocumentFrequency, double maxDocumentShare) {
    public ContentParams {
        if (minDocumentFrequency < 1 || !(maxDocumentShare > 0 && maxDocumentShare <= 1)) {
            throw new LocalizedArgumentException(Message.of("recommend.model.content"));
        }
    }

    /** Terms in at least 2 products and at most 50 % of them. */
    public static ContentParams defaults() {
        return new ContentParams(2, 0.5);
    }
}
