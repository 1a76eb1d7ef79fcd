package io.safesegment.bench;

import io.safesegment.core.privacy.anonymise.Hierarchy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded table with the shape of the 30,162-row census extract ARX benchmarks with (adult): nine
 * quasi-identifiers with the same domain sizes and hierarchy heights (age 5, education 4, marital-status 3,
 * native-country 3, occupation 3, workclass 3, race 2, sex 2, salary-class 2 levels: a 12,960-node lattice) and
 * skewed, partly correlated value frequencies. Fictitious values; nothing is downloaded.
 */
public final class CensusShape {
    static final int ROWS = 30_162;

    public final Table table;
    public final Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();

    private CensusShape(Table table) {
        this.table = table;
    }

    public static CensusShape generate(long seed) {
        Random rnd = new Random(seed);
        Map<String, List<List<String>>> h = new LinkedHashMap<>();
        // age 17..90: value, 5-year, 10-year, 20-year, *
        List<List<String>> age = new ArrayList<>();
        for (int a = 17; a <= 90; a++) {
            age.add(List.of(Integer.toString(a), band(a, 5), band(a, 10), band(a, 20), "*"));
        }
        h.put("age", age);
        h.put("sex", flat("Male", "Female"));
        h.put("race", flat("White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"));
        h.put("marital-status", grouped(new String[][] {{"Married-civ-spouse", "Married-AF-spouse", "Married-spouse-absent"},
                {"Never-married"}, {"Divorced", "Separated", "Widowed"}}, new String[] {"spouse present", "never", "spouse not present"}));
        List<List<String>> edu = new ArrayList<>();
        String[][] eduGroups = {{"Preschool", "1st-4th", "5th-6th", "7th-8th"}, {"9th", "10th", "11th", "12th"},
                {"HS-grad", "Some-college", "Assoc-voc", "Assoc-acdm"}, {"Bachelors", "Masters", "Prof-school", "Doctorate"}};
        String[] eduL1 = {"Primary", "Lower secondary", "Upper secondary", "Tertiary"};
        String[] eduL2 = {"Primary/secondary", "Primary/secondary", "Higher", "Higher"};
        for (int g = 0; g < eduGroups.length; g++) {
            for (String v : eduGroups[g]) {
                edu.add(List.of(v, eduL1[g], eduL2[g], "*"));
            }
        }
        h.put("education", edu);
        List<List<String>> country = new ArrayList<>();
        String[] continents = {"North America", "Latin America", "Europe", "Asia"};
        for (int c = 0; c < 41; c++) {
            country.add(List.of(c == 0 ? "United-States" : "Country-" + c, continents[c == 0 ? 0 : 1 + c % 3], "*"));
        }
        h.put("native-country", country);
        h.put("workclass", grouped(new String[][] {{"Private"}, {"Self-emp-not-inc", "Self-emp-inc"},
                {"Federal-gov", "Local-gov", "State-gov"}, {"Without-pay"}}, new String[] {"Non-Government",
                "Non-Government", "Government", "Unemployed"}));
        h.put("occupation", grouped(new String[][] {{"Tech-support", "Craft-repair", "Machine-op-inspct", "Handlers-cleaners",
                "Transport-moving", "Farming-fishing", "Protective-serv", "Priv-house-serv", "Other-service"},
                {"Exec-managerial", "Prof-specialty", "Sales", "Adm-clerical", "Armed-Forces"}},
                new String[] {"Technical", "Nontechnical"}));
        h.put("salary-class", flat("<=50K", ">50K"));
        // A latent "seniority" correlates age, education, occupation and salary, as in the real extract.
        String[][] cols = new String[h.size()][ROWS];
        List<String> names = new ArrayList<>(h.keySet());
        for (int r = 0; r < ROWS; r++) {
            double senior = rnd.nextDouble();
            int a = 17 + (int) Math.min(73, Math.abs(rnd.nextGaussian() * 13 + 21 + 20 * senior));
            cols[0][r] = Integer.toString(a);
            cols[1][r] = rnd.nextDouble() < 0.67 ? "Male" : "Female";
            cols[2][r] = pick(rnd, h.get("race"), 0.86);
            cols[3][r] = pick(rnd, h.get("marital-status"), 0.3 + 0.4 * senior);
            cols[4][r] = edu.get(Math.min(15, Math.max(0, (int) (rnd.nextGaussian() * 2.5 + 8 + 4 * senior)))).get(0);
            cols[5][r] = pick(rnd, country, 0.91);
            cols[6][r] = pick(rnd, h.get("workclass"), 0.74);
            cols[7][r] = pick(rnd, h.get("occupation"), 0.13);
            cols[8][r] = rnd.nextDouble() < 0.1 + 0.4 * senior ? ">50K" : "<=50K";
        }
        Table t = Table.create("census-shape");
        for (int j = 0; j < names.size(); j++) {
            t.addColumns(StringColumn.create(names.get(j), cols[j]));
        }
        CensusShape shape = new CensusShape(t);
        h.forEach((name, rows) -> shape.hierarchies.put(name, Hierarchy.of(rows, name)));
        return shape;
    }

    /** The first value with probability {@code head}, the others geometrically rarer. */
    private static String pick(Random rnd, List<List<String>> rows, double head) {
        if (rnd.nextDouble() < head || rows.size() == 1) {
            return rows.get(0).get(0);
        }
        int i = 1;
        while (i < rows.size() - 1 && rnd.nextDouble() < 0.6) {
            i++;
        }
        return rows.get(i).get(0);
    }

    private static String band(int a, int width) {
        int lo = a / width * width;
        return lo + "-" + (lo + width - 1);
    }

    private static List<List<String>> flat(String... values) {
        List<List<String>> rows = new ArrayList<>();
        for (String v : values) {
            rows.add(List.of(v, "*"));
        }
        return rows;
    }

    private static List<List<String>> grouped(String[][] groups, String[] names) {
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (String v : groups[g]) {
                rows.add(List.of(v, names[g], "*"));
            }
        }
        return rows;
    }
}
