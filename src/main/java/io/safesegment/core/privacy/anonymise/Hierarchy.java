package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generalisation hierarchy for one quasi-identifier, in ARX's shape: one row per original value, the value at
 * level 0 followed by its generalisations at levels 1, 2, … (usually ending in {@code *}). All rows have the same
 * number of levels, each value appears once, and the hierarchy is a tree: two rows that agree at a level agree at
 * every higher level (otherwise generalising would split a group, and neither the loss metric nor the monotonicity
 * the search relies on would hold).
 */
public final class Hierarchy {
    private final List<List<String>> rows;
    private final Map<String, Integer> rowOf;

    private Hierarchy(List<List<String>> rows) {
        this.rows = rows;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).get(0), i);
        }
        this.rowOf = index;
    }

    /**
     * Builds and checks a hierarchy.
     *
     * @param rows   one row per value: {@code [value, level1, level2, …]}
     * @param source file or column name used in error messages
     * @throws HierarchyException naming the line of a ragged row, a duplicate value or a non-tree generalisation
     */
    public static Hierarchy of(List<List<String>> rows, String source) {
        if (rows == null || rows.isEmpty()) {
            throw new HierarchyException(Message.of("anonymise.hierarchy.hierarchy", source));
        }
        int height = rows.get(0).size();
        if (height < 1) {
            throw new HierarchyException(Message.of("anonymise.hierarchy.hierarchy2", source));
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        Set<String> seen = new java.util.HashSet<>();
        List<Map<String, String>> parentAt = new ArrayList<>();
        for (int l = 0; l + 1 < height; l++) {
            parentAt.add(new HashMap<>());
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != height) {
                throw new HierarchyException(Message.of("anonymise.hierarchy.hierarchy3", source, i + 1, row.size(), height));
            }
            if (!seen.add(row.get(0))) {
                throw new HierarchyException(Message.of("anonymise.hierarchy.hierarchy4", source, i + 1));
            }
            for (int l = 0; l + 1 < height; l++) {
                String before = parentAt.get(l).putIfAbsent(row.get(l), row.get(l + 1));
                if (l > 0 && before != null && !before.equals(row.get(l + 1))) {
                    throw new HierarchyException(Message.of("anonymise.hierarchy.hierarchy5", source, i + 1, l, l + 1));
                }
            }
            copy.add(List.copyOf(row));
        }
        return new Hierarchy(List.copyOf(copy));
    }

    /** Number of levels including level 0 (the original values). */
    public int height() {
        return rows.get(0).size();
    }

    /** Number of original values (rows). */
    public int size() {
        return rows.size();
    }

    /** The rows, each {@code [value, level1, …]}. */
    public List<List<String>> rows() {
        return rows;
    }

    /** Whether {@code value} has a row. */
    public boolean covers(String value) {
        return rowOf.containsKey(value);
    }

    /** The row index of {@code value}, or -1. */
    public int indexOf(String value) {
        Integer i = rowOf.get(value);
        return i == null ? -1 : i;
    }

    /** {@code value} generalised to {@code level} (0 = unchanged). */
    public String generalise(String value, int level) {
        int i = indexOf(value);
        if (i < 0) {
            throw new HierarchyException(Message.of("anonymise.hierarchy.aValueIsNot"));
        }
        return rows.get(i).get(level);
    }

    /** The values of {@code values} that have no row, in first-seen order. */
    public List<String> uncovered(Collection<String> values) {
        Set<String> missing = new LinkedHashSet<>();
        for (String v : values) {
            if (!rowOf.containsKey(v)) {
                missing.add(v);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Checks that every value of a column is covered.
     *
     * @throws HierarchyException listing the uncovered values (the user must add them to the hierarchy)
     */
    public void requireCovers(String column, Collection<String> values) {
        List<String> missing = uncovered(values);
        if (!missing.isEmpty()) {
            List<String> shown = missing.subList(0, Math.min(HierarchyException.MAX_LISTED, missing.size()));
            throw new HierarchyException(Message.of("anonymise.hierarchy.theHierarchyOfColumn", column, missing.size(), shown.stream().map(v -> v.isEmpty() ? "(empty)" : "'" + v + "'").toList(), missing.size() > shown.size()
                    ? Message.of("anonymise.hierarchy.more", missing.size() - shown.size()) : Message.literal("")));
        }
    }
}
