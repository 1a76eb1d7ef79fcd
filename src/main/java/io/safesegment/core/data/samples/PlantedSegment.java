package io.safesegment.core.data.samples;

/**
 * The behavioural segments planted in the sample transactions. They are the hidden truth written to
 * {@code customer_segments.csv}: tests compare clustering and RFM results with them, analyses must never use them
 * as a feature.
 *
 * <p>The parameters are chosen so that the per-customer aggregates (order count, average spend, recency, tenure)
 * separate the segments clearly; order counts are for an average of 20 transactions per customer and scale with
 * {@link SampleDataOptions#transactionsPerCustomer()}.
 */
public enum PlantedSegment {
    /** Buys cheap everyday items very often and recently. */
    FREQUENT_LOW_SPEND(0.20, 42, 0.30, 365, 1460, 0, 10, PriceTier.LOW, new double[] {0.30, 0.55, 0.10, 0.05}),
    /** Buys a few expensive items now and then. */
    RARE_HIGH_SPEND(0.15, 4, 0.40, 730, 1825, 20, 180, PriceTier.HIGH, new double[] {0.45, 0.10, 0.35, 0.10}),
    /** Was a regular customer but has not bought for more than a year. */
    LAPSED(0.20, 12, 0.30, 1095, 1825, 365, 900, PriceTier.MID, new double[] {0.40, 0.15, 0.30, 0.15}),
    /** Signed up in the last two months and bought once or twice. */
    NEW(0.15, 2.5, 0.50, 5, 60, 0, 20, PriceTier.MID, new double[] {0.35, 0.60, 0.05, 0.00}),
    /** Long-standing customer buying mid-priced items steadily. */
    LOYAL_MID_SPEND(0.30, 28, 0.20, 1095, 1825, 0, 30, PriceTier.MID, new double[] {0.25, 0.25, 0.45, 0.05});

    /** Price band of the product categories a segment buys from. */
    public enum PriceTier { LOW, MID, HIGH }

    /** Sales channels, in the order of {@link #channelWeights()}. */
    static final String[] CHANNELS = {"web", "app", "store", "phone"};

    private final double share;
    private final double baseOrders;
    private final double orderJitter;
    private final int minTenureDays;
    private final int maxTenureDays;
    private final int minRecencyDays;
    private final int maxRecencyDays;
    private final PriceTier tier;
    private final double[] channelWeights;

    PlantedSegment(double share, double baseOrders, double orderJitter, int minTenureDays, int maxTenureDays,
            int minRecencyDays, int maxRecencyDays, PriceTier tier, double[] channelWeights) {
        this.share = share;
        this.baseOrders = baseOrders;
        this.orderJitter = orderJitter;
        this.minTenureDays = minTenureDays;
        this.maxTenureDays = maxTenureDays;
        this.minRecencyDays = minRecencyDays;
        this.maxRecencyDays = maxRecencyDays;
        this.tier = tier;
        this.channelWeights = channelWeights;
    }

    /** Share of customers in this segment. */
    public double share() {
        return share;
    }

    /** Mean order count at 20 transactions per customer on average. */
    public double baseOrders() {
        return baseOrders;
    }

    /** Relative spread (uniform, plus or minus) around the mean order count. */
    double orderJitter() {
        return orderJitter;
    }

    /** Shortest customer tenure (days between signup and the reference date). */
    public int minTenureDays() {
        return minTenureDays;
    }

    /** Longest customer tenure in days. */
    public int maxTenureDays() {
        return maxTenureDays;
    }

    /** Fewest days between the last purchase and the reference date. */
    public int minRecencyDays() {
        return minRecencyDays;
    }

    /** Most days between the last purchase and the reference date. */
    public int maxRecencyDays() {
        return maxRecencyDays;
    }

    /** The price band this segment buys from. */
    public PriceTier tier() {
        return tier;
    }

    /** Weights of web, app, store and phone. */
    double[] channelWeights() {
        return channelWeights.clone();
    }

    /** Picks a segment by the shares above for a uniform draw {@code u} in [0, 1). */
    static PlantedSegment pick(double u) {
        double acc = 0;
        for (PlantedSegment s : values()) {
            acc += s.share;
            if (u < acc) {
                return s;
            }
        }
        return LOYAL_MID_SPEND;
    }
}
