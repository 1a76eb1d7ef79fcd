package io.safesegment.core.data.samples;

import io.safesegment.core.data.samples.ProductCatalog.Product;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Builds the rows of {@code transactions.csv} for one customer from its {@link CustomerPlan}: purchase days spread
 * between the first and last purchase, products mostly from the customer's affinity bundles, quantities and
 * channels typical of the planted segment. Each customer has its own random stream derived from the seed and the
 * customer number, so customers can be generated in any order and still give the same rows.
 */
final class TransactionRecords {
    static final String HEADER = "transaction_id,customer_id,timestamp,product_id,quantity,unit_price,amount,channel";

    /** Share of purchases from the customer's own affinity bundles; the rest come from the same price tier. */
    static final double AFFINITY_SHARE = 0.85;

    private static final int FIRST_SECOND_OF_DAY = 7 * 3600;
    private static final int SECONDS_OPEN = 16 * 3600;

    private final ProductCatalog catalog;
    private final CsvText.DateCache dates;
    private final long seed;

    TransactionRecords(ProductCatalog catalog, CsvText.DateCache dates, long seed) {
        this.catalog = catalog;
        this.dates = dates;
        this.seed = seed;
    }

    /**
     * Appends the customer's transaction lines, each ending in a line break.
     *
     * @param firstNumber number of the customer's first transaction (ids are consecutive in file order)
     */
    void append(StringBuilder sb, CustomerPlan plan, long firstNumber) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + plan.index());
        int n = plan.orders();
        int[] days = new int[n];
        int span = plan.lastDay() - plan.firstDay();
        for (int i = 0; i < n; i++) {
            days[i] = plan.firstDay() + (span == 0 ? 0 : random.nextInt(span + 1));
        }
        days[0] = plan.firstDay();
        days[n - 1] = plan.lastDay();
        Arrays.sort(days);
        int[] seconds = new int[n];
        for (int i = 0; i < n; i++) {
            seconds[i] = FIRST_SECOND_OF_DAY + random.nextInt(SECONDS_OPEN);
        }
        String customerId = plan.customerId();
        double[] channelWeights = plan.segment().channelWeights();
        for (int i = 0; i < n; i++) {
            if (i > 0 && days[i] == days[i - 1] && seconds[i] < seconds[i - 1]) {
                seconds[i] = seconds[i - 1] + 1; // keep one customer's purchases in time order
            }
            Product product = catalog.product(chooseProduct(plan, random));
            int quantity = quantity(plan.segment(), random);
            long unit = random.nextDouble() < 0.10 ? Math.round(product.priceCents() * 0.85) : product.priceCents();
            CsvText.padded(sb.append('T'), firstNumber + i, 9).append(',').append(customerId).append(',');
            sb.append(dates.date(days[i])).append('T');
            int s = Math.min(seconds[i], 86_399);
            CsvText.padded(sb, s / 3600, 2).append(':');
            CsvText.padded(sb, (s / 60) % 60, 2).append(':');
            CsvText.padded(sb, s % 60, 2).append(',');
            sb.append(product.id()).append(',').append(quantity).append(',');
            CsvText.cents(sb, unit).append(',');
            CsvText.cents(sb, unit * quantity).append(',');
            sb.append(PlantedSegment.CHANNELS[weighted(channelWeights, random)]).append('\n');
        }
    }

    private int chooseProduct(CustomerPlan plan, SplittableRandom random) {
        if (random.nextDouble() < AFFINITY_SHARE) {
            int bundle = plan.bundleB() < 0 || random.nextDouble() < 0.65 ? plan.bundleA() : plan.bundleB();
            int[] products = catalog.bundleProducts(bundle);
            return products[random.nextInt(products.length)];
        }
        int[] products = catalog.tierProducts(plan.segment().tier());
        return products[random.nextInt(products.length)];
    }

    private static int quantity(PlantedSegment segment, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (segment) {
            case RARE_HIGH_SPEND -> 1;
            case FREQUENT_LOW_SPEND -> u < 0.7 ? 1 : 2;
            default -> u < 0.6 ? 1 : u < 0.9 ? 2 : 3;
        };
    }

    private static int weighted(double[] weights, SplittableRandom random) {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return i;
            }
        }
        return 0;
    }
}
