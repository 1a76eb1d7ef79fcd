package io.safesegment.core.recommend.model;

import java.util.List;
import java.util.function.Function;

/**
 * Why an item was recommended, as data (kind + the items or segment it rests on) so that the CLI and the GUI can
 * render it with product names.
 *
 * @param kind         the reason
 * @param relatedItems item ids the reason refers to (the user's purchases behind a co-purchase, the similar item)
 * @param segment      the segment for {@link Kind#POPULAR_IN_SEGMENT}, else null
 */
public record Explanation(Kind kind, List<String> relatedItems, String segment) {

    /** Reasons a model can give. */
    public enum Kind {
        CO_PURCHASE, SIMILAR_CUSTOMERS, SIMILAR_CONTENT, POPULAR, POPULAR_IN_SEGMENT, TASTE_PROFILE, NEXT_ITEM
    }

    public Explanation {
        relatedItems = relatedItems == null ? List.of() : List.copyOf(relatedItems);
    }

    public static Explanation of(Kind kind, List<String> items) {
        return new Explanation(kind, items, null);
    }

    /** One line of text; {@code label} maps an item id to a display name. */
    public String text(Function<String, String> label) {
        List<String> names = relatedItems.stream().map(label).toList();
        String joined = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return switch (kind) {
            case CO_PURCHASE -> names.isEmpty() ? "customers with similar baskets bought this"
                    : "bought " + joined + "; customers who bought " + (names.size() == 1 ? "it" : "those")
                            + " also bought this";
            case SIMILAR_CUSTOMERS -> "customers whose purchases resemble yours bought this";
            case SIMILAR_CONTENT -> names.isEmpty() ? "matches the descriptions of what you bought"
                    : "similar to " + joined + " by description";
            case POPULAR -> "popular with all customers";
            case POPULAR_IN_SEGMENT -> "popular in your segment" + (segment == null ? "" : " (" + segment + ")");
            case TASTE_PROFILE -> names.isEmpty() ? "fits the taste profile learnt from your history"
                    : "fits the taste profile learnt from your history (e.g. " + joined + ")";
            case NEXT_ITEM -> "often bought next after " + joined;
        };
    }
}
