package io.safesegment.core.data.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9.]+@example\\.(com|org|net)");
    private static final Pattern CN_PHONE = Pattern.compile("\\+86 1[3-9]\\d{9}");
    private static final Pattern US_PHONE = Pattern.compile("\\+1 \\d{3}-555-01\\d{2}");
    private static final Pattern SSN = Pattern.compile("(\\d{3})-(\\d{2})-(\\d{4})");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Set<String> CITIES = Set.of("New York", "Los Angeles", "Chicago", "Houston", "Phoenix",
            "Philadelphia", "San Antonio", "San Diego", "Dallas", "Seattle", "Boston", "Denver", "Beijing", "Shanghai",
            "Guangzhou", "Shenzhen", "Chengdu", "Hangzhou", "Wuhan", "Nanjing", "Xi'an", "Chongqing");

    @TempDir
    static Path dir;

    private static List<String[]> customers;
    private static List<String[]> transactions;
    private static List<String[]> products;
    private static Map<String, PlantedSegment> truth;
    private static Map<String, Set<String>> affinity;
    private static Map<String, String> bundleOfProduct;

    @BeforeAll
    static void generate() throws IOException {
        SampleDataResult result = SampleDataGenerator.generate(
                new SampleDataOptions(dir, 5_000, 500, 20, 11L), Progress.NONE);
        assertEquals(5, result.files().size());
        customers = SampleCsv.rows(dir.resolve(SampleDataGenerator.CUSTOMERS));
        transactions = SampleCsv.rows(dir.resolve(SampleDataGenerator.TRANSACTIONS));
        products = SampleCsv.rows(dir.resolve(SampleDataGenerator.PRODUCTS));
        truth = new HashMap<>();
        affinity = new HashMap<>();
        for (String[] r : SampleCsv.rows(dir.resolve(SampleDataGenerator.CUSTOMER_SEGMENTS))) {
            truth.put(r[0], PlantedSegment.valueOf(r[1]));
            affinity.put(r[0], Set.of(r[2].split("\\|")));
        }
        bundleOfProduct = new HashMap<>();
        for (String[] r : SampleCsv.rows(dir.resolve(SampleDataGenerator.PRODUCT_BUNDLES))) {
            bundleOfProduct.put(r[0], r[1]);
        }
        assertEquals(customers.size(), result.files().get(2).rows());
        assertEquals(transactions.size(), result.files().get(3).rows());
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoes(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        SampleDataGenerator.generate(new SampleDataOptions(a, 300, 60, 5, 99L), Progress.NONE);
        SampleDataGenerator.generate(new SampleDataOptions(b, 300, 60, 5, 99L), Progress.NONE);
        SampleDataGenerator.generate(new SampleDataOptions(c, 300, 60, 5, 100L), Progress.NONE);
        for (String name : List.of(SampleDataGenerator.CUSTOMERS, SampleDataGenerator.TRANSACTIONS,
                SampleDataGenerator.PRODUCTS, SampleDataGenerator.CUSTOMER_SEGMENTS,
                SampleDataGenerator.PRODUCT_BUNDLES)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        assertFalse(Files.readString(a.resolve(SampleDataGenerator.CUSTOMERS))
                .equals(Files.readString(c.resolve(SampleDataGenerator.CUSTOMERS))));
    }

    @Test
    void headersAreTheDocumentedColumns() throws IOException {
        assertEquals(List.of("customer_id", "full_name", "email", "phone", "national_id", "birth_date", "gender",
                "city", "postcode", "annual_income", "signup_date", "loyalty_tier", "marketing_opt_in"),
                SampleCsv.header(dir.resolve(SampleDataGenerator.CUSTOMERS)));
        assertEquals(List.of("transaction_id", "customer_id", "timestamp", "product_id", "quantity", "unit_price",
                "amount", "channel"), SampleCsv.header(dir.resolve(SampleDataGenerator.TRANSACTIONS)));
        assertEquals(List.of("product_id", "name", "category", "brand", "price", "description"),
                SampleCsv.header(dir.resolve(SampleDataGenerator.PRODUCTS)));
    }

    @Test
    void chineseRecordsHaveValidResidentIdsMatchingBirthDateAndGender() {
        int chinese = 0;
        for (String[] r : customers) {
            if (!HAN.matcher(r[1]).matches()) {
                continue;
            }
            chinese++;
            String id = r[4];
            assertTrue(id.matches("\\d{17}[\\dX]"), id);
            assertEquals(Mod112.check(id.substring(0, 17)), id.charAt(17), "check digit of " + r[0]);
            LocalDate idBirth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-"
                    + id.substring(12, 14));
            if (!r[5].isEmpty()) {
                assertEquals(LocalDate.parse(r[5]), idBirth, "birth date of " + r[0]);
            }
            if (!r[6].isEmpty()) {
                assertEquals(r[6].equalsIgnoreCase("M"), (id.charAt(16) - '0') % 2 == 1, "gender of " + r[0]);
            }
            if (!r[3].isEmpty()) {
                assertTrue(CN_PHONE.matcher(r[3]).matches(), r[3]);
            }
        }
        double share = chinese / (double) customers.size();
        assertTrue(share > 0.35 && share < 0.45, "Chinese share " + share);
    }

    @Test
    void westernRecordsHaveSsnStructureAndReservedPhoneNumbers() {
        int western = 0;
        for (String[] r : customers) {
            if (HAN.matcher(r[1]).matches()) {
                continue;
            }
            western++;
            assertTrue(r[1].matches("[A-Z][a-z]+ [A-Z][a-z]+"), r[1]);
            var m = SSN.matcher(r[4]);
            assertTrue(m.matches(), r[4]);
            int area = Integer.parseInt(m.group(1));
            assertTrue(area != 0 && area != 666 && area < 900, r[4]);
            assertNotEquals("00", m.group(2));
            assertNotEquals("0000", m.group(3));
            if (!r[3].isEmpty()) {
                assertTrue(US_PHONE.matcher(r[3]).matches(), r[3]);
            }
        }
        assertTrue(western > customers.size() / 2);
    }

    @Test
    void emailsUseOnlyReservedExampleDomains() {
        long emails = customers.stream().map(r -> r[2]).filter(e -> !e.isEmpty())
                .peek(e -> assertTrue(EMAIL.matcher(e).matches(), e)).count();
        assertTrue(emails > customers.size() * 0.98);
    }

    @Test
    void aboutOnePercentOfCustomerRowsAreDirtyWithEveryKindPresent() {
        Set<String> seenLines = new HashSet<>();
        int missing = 0;
        int badCase = 0;
        int outliers = 0;
        int duplicates = 0;
        for (String[] r : customers) {
            if (!seenLines.add(String.join("\u0001", r))) {
                duplicates++;
            }
            if (Stream.of(r).anyMatch(String::isEmpty)) {
                missing++;
            }
            if ((!r[7].isEmpty() && !CITIES.contains(r[7])) || (!r[6].isEmpty() && !Set.of("M", "F").contains(r[6]))) {
                badCase++;
            }
            if (!r[9].isEmpty() && Long.parseLong(r[9]) > 1_000_000) {
                outliers++;
            }
        }
        assertTrue(missing > 0 && badCase > 0 && outliers > 0 && duplicates > 0,
                missing + " " + badCase + " " + outliers + " " + duplicates);
        double share = (missing + badCase + outliers + duplicates) / (double) customers.size();
        assertTrue(share >= 0.005 && share <= 0.02, "dirt share " + share);
        assertEquals(5_000, customers.size() - duplicates);
    }

    @Test
    void transactionsAreConsistentAndInsideEachCustomersLifetime() {
        Map<String, LocalDate> signup = new HashMap<>();
        customers.forEach(r -> signup.put(r[0], LocalDate.parse(r[10])));
        Set<String> ids = new HashSet<>();
        for (String[] t : transactions) {
            assertTrue(ids.add(t[0]), "duplicate transaction id " + t[0]);
            LocalDate day = LocalDate.parse(t[2].substring(0, 10));
            assertFalse(day.isBefore(signup.get(t[1])), t[0]);
            assertFalse(day.isAfter(SampleDataGenerator.AS_OF), t[0]);
            assertTrue(bundleOfProduct.containsKey(t[3]), t[3]);
            long unit = Math.round(Double.parseDouble(t[5]) * 100);
            long amount = Math.round(Double.parseDouble(t[6]) * 100);
            assertEquals(unit * Integer.parseInt(t[4]), amount, t[0]);
            assertTrue(Set.of("web", "app", "store", "phone").contains(t[7]), t[7]);
        }
        double perCustomer = transactions.size() / 5_000.0;
        assertTrue(perCustomer > 18 && perCustomer < 22, "transactions per customer " + perCustomer);
    }

    @Test
    void plantedSegmentsAreSeparableInPerCustomerAggregates() {
        Map<String, double[]> features = customerFeatures();
        Map<PlantedSegment, double[]> centroids = new HashMap<>();
        Map<PlantedSegment, Integer> counts = new HashMap<>();
        features.forEach((id, f) -> {
            double[] c = centroids.computeIfAbsent(truth.get(id), s -> new double[f.length]);
            for (int i = 0; i < f.length; i++) {
                c[i] += f[i];
            }
            counts.merge(truth.get(id), 1, Integer::sum);
        });
        centroids.forEach((s, c) -> {
            for (int i = 0; i < c.length; i++) {
                c[i] /= counts.get(s);
            }
        });
        assertEquals(5, centroids.size());
        // orders: frequent > loyal > lapsed > rare and new
        assertTrue(centroids.get(PlantedSegment.FREQUENT_LOW_SPEND)[0] > centroids.get(PlantedSegment.LOYAL_MID_SPEND)[0]);
        assertTrue(centroids.get(PlantedSegment.LOYAL_MID_SPEND)[0] > centroids.get(PlantedSegment.LAPSED)[0]);
        assertTrue(centroids.get(PlantedSegment.LAPSED)[0] > centroids.get(PlantedSegment.RARE_HIGH_SPEND)[0]);
        // average spend (log): rare high-spend customers spend over ten times what frequent low-spenders do
        assertTrue(centroids.get(PlantedSegment.RARE_HIGH_SPEND)[1]
                - centroids.get(PlantedSegment.FREQUENT_LOW_SPEND)[1] > Math.log(10));

        int correct = 0;
        for (var e : features.entrySet()) {
            PlantedSegment nearest = null;
            double best = Double.MAX_VALUE;
            for (var c : centroids.entrySet()) {
                double d = 0;
                for (int i = 0; i < e.getValue().length; i++) {
                    double diff = e.getValue()[i] - c.getValue()[i];
                    d += diff * diff;
                }
                if (d < best) {
                    best = d;
                    nearest = c.getKey();
                }
            }
            if (nearest == truth.get(e.getKey())) {
                correct++;
            }
        }
        double accuracy = correct / (double) features.size();
        assertTrue(accuracy > 0.97, "nearest-centroid accuracy " + accuracy);
    }

    /** log(order count), log(average amount), log(1 + recency days), log(1 + tenure days) per customer. */
    private static Map<String, double[]> customerFeatures() {
        long asOf = SampleDataGenerator.AS_OF.toEpochDay();
        Map<String, long[]> agg = new HashMap<>(); // orders, cents, last day
        for (String[] t : transactions) {
            long[] a = agg.computeIfAbsent(t[1], k -> new long[3]);
            a[0]++;
            a[1] += Math.round(Double.parseDouble(t[6]) * 100);
            a[2] = Math.max(a[2], LocalDate.parse(t[2].substring(0, 10)).toEpochDay());
        }
        Map<String, double[]> features = new HashMap<>();
        for (String[] r : customers) {
            long[] a = agg.get(r[0]);
            long tenure = asOf - LocalDate.parse(r[10]).toEpochDay();
            features.put(r[0], new double[] {Math.log(a[0]), Math.log(a[1] / 100.0 / a[0]),
                    Math.log1p(asOf - a[2]), Math.log1p(tenure)});
        }
        return features;
    }

    @Test
    void purchasesConcentrateInTheCustomersAffinityBundles() {
        long inAffinity = transactions.stream()
                .filter(t -> affinity.get(t[1]).contains(bundleOfProduct.get(t[3]))).count();
        double share = inAffinity / (double) transactions.size();
        assertTrue(share > 0.85 && share < 0.95, "affinity share " + share);
    }

    @Test
    void productsHaveCategoriesBrandsPricesAndCategorySpecificDescriptions() {
        assertEquals(500, products.size());
        Map<String, Set<String>> wordsByCategory = new HashMap<>();
        for (String[] p : products) {
            assertTrue(p[0].matches("P\\d{5}"), p[0]);
            assertFalse(p[2].isEmpty());
            assertFalse(p[3].isEmpty());
            assertTrue(Double.parseDouble(p[4]) > 0);
            assertTrue(p[5].split(" ").length >= 12, p[5]);
            assertTrue(p[5].toLowerCase(java.util.Locale.ROOT).contains(p[2].toLowerCase(java.util.Locale.ROOT)), p[5]);
            wordsByCategory.computeIfAbsent(p[2], k -> new HashSet<>())
                    .addAll(List.of(p[5].toLowerCase(java.util.Locale.ROOT).split("\\W+")));
        }
        assertEquals(10, wordsByCategory.size());
        Set<String> shared = new HashSet<>(wordsByCategory.get("Electronics"));
        shared.retainAll(wordsByCategory.get("Groceries"));
        assertTrue(shared.size() < wordsByCategory.get("Electronics").size() / 4,
                "categories should share few words, shared " + shared);
    }

    @Test
    void optionsRejectOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new SampleDataOptions(dir, -1, 500, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleDataOptions(dir, 10, 10, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleDataOptions(dir, 10, 500, 0, 1));
        assertThrows(NullPointerException.class, () -> new SampleDataOptions(null, 10, 500, 20, 1));
    }

    @Test
    void cancellingLeavesNoPartialFiles(@TempDir Path out) throws IOException {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(TaskCancelledException.class,
                () -> SampleDataGenerator.generate(new SampleDataOptions(out, 100, 50, 3, 1), token));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")
                    || f.getFileName().toString().equals(SampleDataGenerator.CUSTOMERS)));
        }
    }
}
