package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the one-line explanation of a recommendation in the current language from its reason kind and related
 * products (the core's own sentence is English and stays the fallback for reasons this class does not know).
 */
final class Explanations {
    private Explanations() {
    }

    /**
     * The items of a customer preview with translated explanations.
     *
     * @param segment the customer's segment (named by segment popularity), or null
     */
    static List<RecommendedItem> forCustomer(List<RecommendedItem> items, ProductCatalog catalogue, String segment) {
        List<RecommendedItem> out = new ArrayList<>(items.size());
        for (RecommendedItem item : items) {
            out.add(with(item, render(item, catalogue, segment)));
        }
        return out;
    }

    /**
     * The items of a segment preview with translated explanations, counting how many of the segment's members
     * already bought each item.
     */
    static List<RecommendedItem> forSegment(List<RecommendedItem> items, ProductCatalog catalogue,
            InteractionMatrix data, List<String> members) {
        int[] rows = RecommendationService.customerRows(data, members);
        List<RecommendedItem> out = new ArrayList<>(items.size());
        for (RecommendedItem item : items) {
            String text;
            if ("SEGMENT_PROFILE".equals(item.reason())) {
                text = i18n("recommend.why.segmentprofile", RecommendationService.owners(data, rows, item.itemId()),
                        rows.length);
            } else {
                text = render(item, catalogue, null);
            }
            out.add(with(item, text));
        }
        return out;
    }

    private static RecommendedItem with(RecommendedItem item, String text) {
        return new RecommendedItem(item.rank(), item.itemId(), item.name(), item.category(), item.score(),
                item.reason(), text, item.relatedItems());
    }

    static String render(RecommendedItem item, ProductCatalog catalogue, String segment) {
        List<String> names = item.relatedItems().stream().map(catalogue::label).toList();
        String list = names.size() <= 1 ? String.join("", names)
                : i18n("recommend.why.list", String.join(i18n("recommend.why.separator"),
                        names.subList(0, names.size() - 1)), names.getLast());
        return switch (item.reason()) {
            case "CO_PURCHASE" -> names.isEmpty() ? i18n("recommend.why.copurchase.any")
                    : i18n("recommend.why.copurchase", list);
            case "SIMILAR_CUSTOMERS" -> i18n("recommend.why.similarcustomers");
            case "SIMILAR_CONTENT" -> names.isEmpty() ? i18n("recommend.why.content.any")
                    : i18n("recommend.why.content", list);
            case "POPULAR" -> i18n("recommend.why.popular");
            case "POPULAR_IN_SEGMENT" -> segment == null ? i18n("recommend.why.popularsegment.any")
                    : i18n("recommend.why.popularsegment", segment);
            case "TASTE_PROFILE" -> names.isEmpty() ? i18n("recommend.why.taste.any")
                    : i18n("recommend.why.taste", list);
            case "NEXT_ITEM" -> i18n("recommend.why.next", list);
            default -> item.explanation();
        };
    }
}
