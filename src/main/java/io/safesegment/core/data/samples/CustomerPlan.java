package io.safesegment.core.data.samples;

/**
 * The planted behaviour of one customer, decided before any file is written so that customers, transactions and
 * the ground-truth file agree.
 *
 * @param index     0-based customer number; the id is {@code C} followed by index + 1 in seven digits
 * @param signupDay epoch day of the signup
 * @param firstDay  epoch day of the first purchase
 * @param lastDay   epoch day of the last purchase
 * @param orders    number of transactions
 * @param bundleA   main affinity bundle
 * @param bundleB   second affinity bundle, or -1
 */
record CustomerPlan(int index, PlantedSegment segment, int signupDay, int firstDay, int lastDay, int orders,
        int bundleA, int bundleB) {

    String customerId() {
        return customerId(index);
    }

    static String customerId(int index) {
        return CsvText.padded(new StringBuilder(8).append('C'), index + 1L, 7).toString();
    }
}
