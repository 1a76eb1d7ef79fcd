package io.safesegment.core.recommend;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.data.ProductCatalog;
import java.util.Map;

/**
 * What models may need besides the interactions.
 *
 * @param catalogue     products (content model, hybrid, explanations); may be empty
 * @param segments      customer id → segment for segment popularity; may be empty
 * @param seed          seed for randomised models
 * @param longTailWeight popularity discount of the long-tail re-ranker applied to every model (0 = off)
 */
public record ModelContext(ProductCatalog catalogue, Map<String, String> segments, long seed, double longTailWeight) {
    public ModelContext {
        catalogue = catalogue == null ? ProductCatalog.empty() : catalogue;
        segments = segments == null ? Map.of() : Map.copyOf(segments);
        if (!(longTailWeight >= 0)) {
            throw new LocalizedArgumentException(Message.of("recommend.modelContext.longtailweightMustBe0", String.valueOf(longTailWeight)));
        }
    }

    public static ModelContext of(ProductCatalog catalogue, long seed) {
        return new ModelContext(catalogue, Map.of(), seed, 0);
    }
}
