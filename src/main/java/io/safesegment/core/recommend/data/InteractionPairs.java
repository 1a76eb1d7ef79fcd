package io.safesegment.core.recommend.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interactions aggregated per (customer, product) pair outside this JVM (the Spark engine, record 0037) and turned
 * into the {@link InteractionMatrix} the desktop's loaders build from the file: the same customer and product order
 * (first appearance in the file; catalogue products first, sorted), the same merged values to the last bit (a pair's
 * events merged in file order by {@link Accumulator}, exactly as {@link InteractionBuilder#build} merges them) and the
 * same latest times.
 */
public final class InteractionPairs {
    private InteractionPairs() {
    }

    /**
     * One pair.
     *
     * @param user     the customer id
     * @param item     the product id
     * @param firstRow the file position of the pair's first event (any increasing numbering of the rows)
     * @param value    the merged value
     * @param time     the latest event time (epoch seconds), or {@code Long.MIN_VALUE}
     */
    public record Pair(String user, String item, long firstRow, float value, long time) {
    }

    /** Merges one pair's events, given in file order, as {@link InteractionBuilder#build} does. */
    public static final class Accumulator {
        private final InteractionBuilder.Merge merge;
        private boolean any;
        private float value;
        private long time = Long.MIN_VALUE;

        /** For {@code SUM} (implicit feedback) or {@code LATEST} (explicit ratings). */
        public Accumulator(InteractionBuilder.Merge merge) {
            this.merge = merge;
        }

        /** Adds the next event: its (weighted) value and time. */
        public void add(double weighted, long eventTime) {
            if (!any) {
                value = (float) weighted;
                time = eventTime;
                any = true;
                return;
            }
            boolean later = eventTime >= time;
            if (merge == InteractionBuilder.Merge.SUM) {
                value += (float) weighted;
            } else if (later) {
                value = (float) weighted;
            }
            if (later) {
                time = eventTime;
            }
        }

        /** The merged value. */
        public float value() {
            return value;
        }

        /** The latest time. */
        public long time() {
            return time;
        }
    }

    /** The matrix of {@code pairs}, {@code knownItems} registered first (sorted) as the transactions loader does. */
    public static InteractionMatrix matrix(List<Pair> pairs, Collection<String> knownItems, boolean explicit) {
        Map<String, Long> userFirst = new HashMap<>();
        Map<String, Long> itemFirst = new HashMap<>();
        for (Pair p : pairs) {
            userFirst.merge(p.user(), p.firstRow(), Math::min);
            itemFirst.merge(p.item(), p.firstRow(), Math::min);
        }
        InteractionBuilder builder = new InteractionBuilder();
        knownItems.stream().sorted().forEach(builder.items()::add);
        userFirst.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> builder.users().add(e.getKey()));
        itemFirst.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> builder.items().add(e.getKey()));
        pairs.stream().sorted(Comparator.comparingLong(Pair::firstRow)).forEach(p -> builder.add(
                builder.users().indexOf(p.user()), builder.items().indexOf(p.item()), p.value(), p.time()));
        return builder.build(InteractionBuilder.Merge.SUM, null, explicit);
    }
}
