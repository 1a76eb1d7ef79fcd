package io.safesegment.core.data.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns raw header cells into unique, non-blank column names and reports every rename. */
public final class HeaderNames {
    private HeaderNames() {
    }

    /**
     * The result of normalising a header.
     *
     * @param names   final names, one per column
     * @param renames human-readable notes such as {@code column 3: blank header renamed to col_3}
     */
    public record Result(List<String> names, List<String> renames) {
    }

    /** Trims names, names blank ones {@code col_N} (1-based) and suffixes duplicates {@code _2}, {@code _3}, ... */
    public static Result normalise(List<String> raw) {
        List<String> names = new ArrayList<>(raw.size());
        List<String> renames = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String r : raw) {
            String t = r == null ? "" : r.strip();
            if (!t.isEmpty()) {
                used.add(t);
            }
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String original = raw.get(i) == null ? "" : raw.get(i).strip();
            String name = original;
            if (name.isEmpty()) {
                name = unique("col_" + (i + 1), taken, used);
                renames.add("column " + (i + 1) + ": blank header renamed to " + name);
            } else if (taken.contains(name)) {
                String base = name;
                int k = 2;
                do {
                    name = base + "_" + k++;
                } while (taken.contains(name) || used.contains(name));
                renames.add("column " + (i + 1) + ": duplicate header \"" + base + "\" renamed to " + name);
            }
            taken.add(name);
            names.add(name);
        }
        return new Result(List.copyOf(names), List.copyOf(renames));
    }

    private static String unique(String candidate, Set<String> taken, Set<String> used) {
        String name = candidate;
        int k = 2;
        while (taken.contains(name) || used.contains(name)) {
            name = candidate + "_" + k++;
        }
        return name;
    }

    /** Generated names {@code col_1..col_n} for files without a header. */
    public static List<String> generated(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add("col_" + i);
        }
        return names;
    }
}
