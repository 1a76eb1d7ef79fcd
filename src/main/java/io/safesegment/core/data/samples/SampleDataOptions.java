package io.safesegment.core.data.samples;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link SampleDataGenerator} should write.
 *
 * @param outDir                    directory that receives the CSV files (created when missing)
 * @param customers                 number of distinct customers, 1..9,999,999 (customer ids have seven digits)
 * @param products                  number of products, 50..99,999 (at least one per planted bundle)
 * @param transactionsPerCustomer   average transactions per customer, 1..1,000; the segment mix keeps this mean
 * @param seed                      the seed; the same options give byte-identical files
 */
public record SampleDataOptions(Path outDir, int customers, int products, int transactionsPerCustomer, long seed) {

    /** Default number of customers of the committed sample set. */
    public static final int DEFAULT_CUSTOMERS = 5_000;
    /** Default number of products. */
    public static final int DEFAULT_PRODUCTS = 500;
    /** Default average number of transactions per customer. */
    public static final int DEFAULT_TRANSACTIONS_PER_CUSTOMER = 20;
    /** Default seed of the committed sample set. */
    public static final long DEFAULT_SEED = 42L;

    /** Validates every field; messages say which value is wrong and what is allowed. */
    public SampleDataOptions {
        Objects.requireNonNull(outDir, "outDir: give the directory to write the sample files to");
        if (customers < 1 || customers > 9_999_999) {
            throw new LocalizedArgumentException(Message.of("samples.sampleDataOptions.customersMustBeBetween", customers));
        }
        if (products < ProductCatalog.BUNDLES || products > 99_999) {
            throw new LocalizedArgumentException(Message.of("samples.sampleDataOptions.productsMustBeBetween", ProductCatalog.BUNDLES, products));
        }
        if (transactionsPerCustomer < 1 || transactionsPerCustomer > 1_000) {
            throw new LocalizedArgumentException(Message.of("samples.sampleDataOptions.transactionsPerCustomerMust", transactionsPerCustomer));
        }
    }

    /** Options with the defaults for everything but the output directory. */
    public static SampleDataOptions defaults(Path outDir) {
        return new SampleDataOptions(outDir, DEFAULT_CUSTOMERS, DEFAULT_PRODUCTS, DEFAULT_TRANSACTIONS_PER_CUSTOMER,
                DEFAULT_SEED);
    }
}
