package io.safesegment.core.value;

import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the CLV fits consume of a transactions table, one row per customer instead of one per purchase: the input of
 * {@link ValueService#clv(ClvCustomers, ClvOptions, io.safesegment.core.task.Progress)} for an engine that reads the
 * transactions elsewhere and groups them per customer there (the Spark engine, record 0037). Built with
 * {@link #customer} from each customer's purchases in file order, it gives the same result as the transactions file.
 *
 * @param customers  the customers in the order of their first purchase in the file (the desktop's order)
 * @param hasAmount  whether the purchases carry an amount
 * @param latest     the latest purchase date of all customers
 * @param exclusions the rows that were not purchases
 */
public record ClvCustomers(List<Customer> customers, boolean hasAmount, LocalDate latest,
                           PurchaseLog.Exclusions exclusions) {
    /** Refuses an empty table as the desktop's reading does. */
    public ClvCustomers {
        Objects.requireNonNull(exclusions, "exclusions");
        customers = List.copyOf(customers);
        if (customers.isEmpty()) {
            throw new ValueException(Message.of("value.error.noPurchases", exclusions.withoutCustomer(),
                    exclusions.withoutTimestamp(), exclusions.withoutAmount(), exclusions.returns()));
        }
        Objects.requireNonNull(latest, "latest");
    }

    /**
     * One customer.
     *
     * @param id               the customer id as read
     * @param lastDay          epoch day of the customer's latest purchase
     * @param whole            the figures of all purchases
     * @param calibration      the figures up to the calibration end, or null (no calibration end, or no purchase by then)
     * @param holdoutPurchases purchase periods after the calibration end (0 without one)
     */
    public record Customer(String id, long lastDay, CustomerPurchases.Figures whole,
                           CustomerPurchases.Figures calibration, int holdoutPurchases) {
        /** Requires the id and the figures of all purchases. */
        public Customer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(whole, "whole");
        }
    }

    /**
     * One customer's row from the customer's purchases (epoch days and amounts in file order), for the options'
     * unit and calibration end ({@link ClvOptions#unit()}, {@link ClvOptions#calibrationEnd()}, or null).
     */
    public static Customer customer(String id, int[] days, double[] amounts, boolean hasAmount, TimeUnit unit,
                                    LocalDate calibrationEnd) {
        CustomerPurchases.Figures whole = CustomerPurchases.figures(days, amounts, hasAmount, unit, Long.MAX_VALUE);
        if (whole == null) {
            throw new IllegalArgumentException("a customer row needs at least one purchase");
        }
        long lastDay = Long.MIN_VALUE;
        for (int d : days) {
            lastDay = Math.max(lastDay, d);
        }
        CustomerPurchases.Figures calibration = null;
        int holdout = 0;
        if (calibrationEnd != null) {
            long cal = unit.period(calibrationEnd.toEpochDay());
            calibration = CustomerPurchases.figures(days, amounts, hasAmount, unit, cal);
            holdout = CustomerPurchases.distinctPeriods(days, unit, cal, Long.MAX_VALUE);
        }
        return new Customer(id, lastDay, whole, calibration, holdout);
    }

    /** The summary of all purchases, T counted to the latest purchase date. */
    CustomerSummary summary(TimeUnit unit) {
        return summary(unit, unit.period(latest.toEpochDay()), false);
    }

    /** The summary up to the calibration end (customers who had bought by then). */
    CustomerSummary calibration(TimeUnit unit, LocalDate calibrationEnd) {
        return summary(unit, unit.period(calibrationEnd.toEpochDay()), true);
    }

    /** The hold-out purchases of the customers of {@link #calibration}, in its order. */
    double[] holdoutPurchases() {
        return customers.stream().filter(c -> c.calibration() != null).mapToDouble(Customer::holdoutPurchases)
                .toArray();
    }

    private CustomerSummary summary(TimeUnit unit, long endPeriod, boolean calibrationCut) {
        List<String> ids = new ArrayList<>();
        int n = customers.size();
        double[] f = new double[n];
        double[] rec = new double[n];
        double[] t = new double[n];
        double[] m = new double[n];
        int k = 0;
        for (Customer c : customers) {
            CustomerPurchases.Figures x = calibrationCut ? c.calibration() : c.whole();
            if (x == null) {
                continue;
            }
            ids.add(c.id());
            f[k] = x.frequency();
            rec[k] = x.recency();
            t[k] = x.age(endPeriod);
            m[k] = x.monetary();
            k++;
        }
        return new CustomerSummary(ids, java.util.Arrays.copyOf(f, k), java.util.Arrays.copyOf(rec, k),
                java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(m, k), hasAmount);
    }
}
