package io.safesegment.core.data.samples;

import io.safesegment.core.data.samples.PersonPools.City;
import io.safesegment.core.data.samples.PersonPools.Name;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds the rows of {@code customers.csv}: fictitious Western and Chinese people whose identifiers have a valid
 * structure and agree with each other (resident id with birth date, gender and city; phone area code with city),
 * plus about one percent of realistic dirt.
 */
final class CustomerRecords {
    static final String HEADER = "customer_id,full_name,email,phone,national_id,birth_date,gender,city,postcode,"
            + "annual_income,signup_date,loyalty_tier,marketing_opt_in";

    /** Share of customers with Chinese records; the rest are Western (US) records. */
    static final double CHINESE_SHARE = 0.40;
    /** Share of rows with one missing value. */
    static final double MISSING_SHARE = 0.005;
    /** Share of rows with inconsistent case in city or gender. */
    static final double CASE_SHARE = 0.003;
    /** Share of rows whose income has two zeros too many. */
    static final double OUTLIER_SHARE = 0.001;
    /** Share of rows written twice (exact duplicates). */
    static final double DUPLICATE_SHARE = 0.001;

    private static final int MIN_AGE_YEARS = 23;
    private static final int AGE_SPAN_YEARS = 57;
    private static final double MEDIAN_INCOME = 62_000;
    private static final String[] TIERS = {"Bronze", "Silver", "Gold", "Platinum"};

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final StringBuilder row = new StringBuilder(256);
    private boolean duplicate;

    CustomerRecords(SplittableRandom random, LocalDate asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    /**
     * The CSV line (without line break) for {@code plan}; {@link #duplicate()} then tells whether to write it twice.
     */
    String row(CustomerPlan plan) {
        boolean chinese = random.nextDouble() < CHINESE_SHARE;
        boolean male = random.nextBoolean();
        LocalDate birth = asOf.minusYears(MIN_AGE_YEARS).minusDays(random.nextInt(AGE_SPAN_YEARS * 365));
        String[] f = new String[13];
        f[0] = plan.customerId();
        City city;
        if (chinese) {
            city = pick(PersonPools.CN_CITIES);
            Name surname = pick(PersonPools.CHINESE_SURNAMES);
            Name given = pick(male ? PersonPools.CHINESE_MALE : PersonPools.CHINESE_FEMALE);
            f[1] = surname.display() + given.display();
            f[2] = email(given.latin(), surname.latin());
            f[3] = "+86 " + pick(PersonPools.CN_MOBILE_PREFIXES) + digits(8);
            f[4] = ChineseResidentIds.generate(pick(city.regionCodes()), birth, male, random);
        } else {
            city = pick(PersonPools.US_CITIES);
            String first = pick(male ? PersonPools.WESTERN_MALE : PersonPools.WESTERN_FEMALE);
            String last = pick(PersonPools.WESTERN_SURNAMES);
            f[1] = first + " " + last;
            f[2] = email(first, last);
            // 555-0100..0199 are the numbers reserved for fiction
            f[3] = "+1 " + city.areaCode() + "-555-01" + digits(2);
            f[4] = SocialSecurityNumbers.generate(random);
        }
        f[5] = birth.toString();
        f[6] = male ? "M" : "F";
        f[7] = city.name();
        f[8] = city.postcodePrefix() + digits(city.postcodeLength() - city.postcodePrefix().length());
        long income = income(plan.segment());
        f[10] = LocalDate.ofEpochDay(plan.signupDay()).toString();
        f[11] = tier(plan.segment());
        f[12] = Boolean.toString(random.nextDouble() < 0.45);
        double dirt = random.nextDouble();
        duplicate = false;
        if (dirt < MISSING_SHARE) {
            int[] blankable = {2, 3, 5, 6, 7, 8, 9};
            int blank = blankable[random.nextInt(blankable.length)];
            f[blank] = "";
            if (blank != 9) {
                f[9] = Long.toString(income);
            }
        } else {
            dirt -= MISSING_SHARE;
            if (dirt < CASE_SHARE) {
                if (random.nextBoolean()) {
                    f[7] = random.nextBoolean() ? f[7].toUpperCase(Locale.ROOT) : f[7].toLowerCase(Locale.ROOT);
                } else {
                    f[6] = f[6].toLowerCase(Locale.ROOT);
                }
            } else if (dirt < CASE_SHARE + OUTLIER_SHARE) {
                income *= 100; // a typing slip: two zeros too many
            } else if (dirt < CASE_SHARE + OUTLIER_SHARE + DUPLICATE_SHARE) {
                duplicate = true;
            }
            f[9] = Long.toString(income);
        }
        row.setLength(0);
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            CsvText.field(row, f[i]);
        }
        return row.toString();
    }

    /** Whether the last row should be written twice (a planted exact duplicate). */
    boolean duplicate() {
        return duplicate;
    }

    private long income(PlantedSegment segment) {
        double factor = switch (segment) {
            case RARE_HIGH_SPEND -> 1.8;
            case FREQUENT_LOW_SPEND -> 0.8;
            default -> 1.0;
        };
        double value = MEDIAN_INCOME * factor * Math.exp(0.5 * gaussian());
        return Math.round(Math.clamp(value, 12_000, 950_000) / 100) * 100;
    }

    private String tier(PlantedSegment segment) {
        double u = random.nextDouble();
        int tier = switch (segment) {
            case LOYAL_MID_SPEND -> u < 0.1 ? 1 : u < 0.7 ? 2 : 3;
            case FREQUENT_LOW_SPEND -> u < 0.5 ? 1 : 2;
            case RARE_HIGH_SPEND -> u < 0.4 ? 1 : u < 0.8 ? 2 : 3;
            case LAPSED -> u < 0.6 ? 0 : 1;
            case NEW -> 0;
        };
        return TIERS[tier];
    }

    private String email(String given, String surname) {
        StringBuilder sb = new StringBuilder(40).append(given.toLowerCase(Locale.ROOT)).append('.')
                .append(surname.toLowerCase(Locale.ROOT));
        if (random.nextDouble() < 0.8) {
            sb.append(random.nextInt(1000));
        }
        return sb.append('@').append(pick(PersonPools.EMAIL_DOMAINS)).toString();
    }

    private String digits(int count) {
        char[] c = new char[count];
        for (int i = 0; i < count; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }

    private double gaussian() {
        // Box-Muller from the seeded stream keeps output independent of JDK Random internals
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
