package io.safesegment.core.utility;

import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.core.privacy.anonymise.HierarchyBuilders;
import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The bundled samples with hierarchies for their demographic quasi-identifiers (birth date, gender, city): the
 * fixture of the utility tests and of {@code bench/run anonymise-utility}.
 */
public final class SampleAnonymisation {
    /** The quasi-identifiers. */
    public static final List<String> QIS = List.of("birth_date", "gender", "city");
    /** Demographic and behavioural features, so that generalising the quasi-identifiers can matter. */
    public static final List<String> FEATURES = List.of("age", "gender", "annual_income", "order_count", "avg_spend",
            "recency_days");

    public final Table customers;
    public final Table transactions;
    public final InteractionMatrix interactions;
    public final Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();

    private SampleAnonymisation(Path dir) {
        customers = SegmentTables.read(dir.resolve("customers.csv"), Progress.NONE);
        transactions = SegmentTables.read(dir.resolve("transactions.csv"), Progress.NONE);
        interactions = TransactionLoader.load(dir.resolve("transactions.csv"), TransactionOptions.defaults(), Progress.NONE);
        Set<String> dates = values("birth_date");
        boolean missingDate = dates.remove("");
        Hierarchy byDate = HierarchyBuilders.dates(dates);
        if (missingDate) { // a missing birth date is its own branch, "unknown" up to the top
            List<List<String>> rows = new java.util.ArrayList<>(byDate.rows());
            List<String> unknown = new java.util.ArrayList<>(java.util.Collections.nCopies(byDate.height() - 1, "unknown"));
            unknown.set(0, "");
            unknown.add(HierarchyBuilders.TOP);
            rows.add(unknown);
            byDate = Hierarchy.of(rows, "birth_date");
        }
        hierarchies.put("birth_date", byDate);
        Map<String, List<String>> gender = new LinkedHashMap<>();
        values("gender").forEach(g -> gender.put(g, List.of()));
        hierarchies.put("gender", HierarchyBuilders.mapping(gender));
        Map<String, List<String>> city = new LinkedHashMap<>();
        values("city").forEach(c -> city.put(c, List.of(isChinese(c) ? "China" : "USA")));
        hierarchies.put("city", HierarchyBuilders.mapping(city));
    }

    /** Reads {@code sample-datasets/} (or another folder of the same shape). */
    public static SampleAnonymisation read(Path dir) {
        return new SampleAnonymisation(dir);
    }

    /** k-anonymity {@code k} over {@link #QIS} with {@code suppression} and the loss metric. */
    public AnonymiseOptions options(int k, double suppression) {
        return new AnonymiseOptions(QIS, hierarchies, null, List.of(new PrivacyModel.KAnonymity(k)), suppression,
                UtilityMetric.LOSS, 1);
    }

    private Set<String> values(String column) {
        Set<String> v = new LinkedHashSet<>();
        for (int r = 0; r < customers.rowCount(); r++) {
            v.add(customers.column(column).isMissing(r) ? "" : customers.column(column).getString(r));
        }
        return v;
    }

    private static final Set<String> CHINESE_CITIES = Set.of("beijing", "shanghai", "guangzhou", "shenzhen", "chengdu",
            "hangzhou", "wuhan", "xi'an", "nanjing", "chongqing");

    private static boolean isChinese(String city) {
        return CHINESE_CITIES.contains(city.toLowerCase(java.util.Locale.ROOT));
    }
}
