package io.safesegment.ui.privacy;

import io.safesegment.core.data.samples.ChineseResidentIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A small seeded customers.csv with the 13 columns of the bundled sample (real-looking emails, phones, Chinese
 * resident ids with valid check digits and US social security numbers), so privacy tests never depend on the
 * committed sample files.
 */
final class CustomerCsv {
    static final String HEADER = "customer_id,full_name,email,phone,national_id,birth_date,gender,city,postcode,"
            + "annual_income,signup_date,loyalty_tier,marketing_opt_in";
    private static final String[] FIRST = {"Ming", "Li", "Wei", "Jing", "Olivia", "Jacob", "Emma", "Noah", "Mia", "Lucas"};
    private static final String[] LAST = {"Wang", "Zhang", "Chen", "Liu", "Smith", "Harris", "Brown", "Ramirez"};
    private static final String[] CN_CITIES = {"Shanghai", "Hangzhou", "Xi'an"};
    private static final String[] US_CITIES = {"New York", "Denver"};
    private static final String[] TIERS = {"Bronze", "Silver", "Gold"};

    private CustomerCsv() {
    }

    /** Writes {@code rows} customers to {@code file}. */
    static Path write(Path file, int rows) throws IOException {
        Random random = new Random(20251123);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            boolean chinese = i % 2 == 1;
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean male = random.nextBoolean();
            String city = chinese ? CN_CITIES[random.nextInt(CN_CITIES.length)] : US_CITIES[random.nextInt(US_CITIES.length)];
            String phone = chinese ? String.format("+86 1%d%09d", 3 + random.nextInt(6), random.nextInt(1_000_000_000))
                    : String.format("+1 212-555-01%02d", random.nextInt(100));
            String id = chinese ? residentId(birth, male, random)
                    : String.format("%03d-%02d-%04d", 1 + random.nextInt(665), 1 + random.nextInt(99),
                    1 + random.nextInt(9999));
            String postcode = chinese ? String.format("%06d", 200_000 + random.nextInt(600_000))
                    : String.format("%05d", 10_001 + random.nextInt(80_000));
            sb.append(String.format("C%07d,%s %s,%s.%s%d@example.%s,%s,%s,%s,%s,\"%s\",%s,%d,%s,%s,%s%n", i, first, last,
                    first.toLowerCase(), last.toLowerCase(), random.nextInt(1000), random.nextBoolean() ? "org" : "com",
                    phone, id, birth, male ? "M" : "F", city, postcode, 20_000 + 100 * random.nextInt(1500),
                    LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    TIERS[random.nextInt(TIERS.length)], random.nextBoolean()));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private static String residentId(LocalDate birth, boolean male, Random random) {
        String first17 = String.format("310101%04d%02d%02d%02d%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), random.nextInt(100), (random.nextInt(5) * 2 + (male ? 1 : 0)));
        return first17 + ChineseResidentIds.checkCharacter(first17);
    }
}
