package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sensitive column's hierarchy of a hierarchical t-closeness target, for Li et al.'s hierarchical EMD: at each
 * inner node of height h (of the hierarchy's height H) the mass that must move between its children costs h / H, the
 * net surplus or deficit moves on up. The same distance the anonymiser's search uses, computed here on a masked
 * table's value counts (this package cannot read the anonymiser's hierarchies without a package cycle).
 */
final class SensitiveHierarchy {
    private final Map<String, List<String>> ancestors; // value → [value, level 1, …, top]
    private final int height;

    private SensitiveHierarchy(Map<String, List<String>> ancestors, int height) {
        this.ancestors = ancestors;
        this.height = height;
    }

    /**
     * Reads an ARX hierarchy file ({@code value;level1;…;*}, UTF-8) and checks it covers every value of the column.
     *
     * @throws PolicyException naming the file and column (and how many values are missing, never which: they are
     *                         values of the data)
     */
    static SensitiveHierarchy read(Path file, String column, Collection<String> values) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(Message.of("risktarget.hierarchy.unreadable", file.toString(), column,
                    e.getClass().getSimpleName()), e);
        }
        Map<String, List<String>> rows = new HashMap<>();
        int height = -1;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = List.of(line.split(";", -1));
            if (height >= 0 && row.size() - 1 != height) {
                throw new PolicyException(Message.of("risktarget.hierarchy.ragged", file.toString(), column));
            }
            height = row.size() - 1;
            rows.put(row.get(0), row);
        }
        long uncovered = values.stream().filter(v -> !rows.containsKey(v)).count();
        if (uncovered > 0) {
            throw new PolicyException(Message.of("risktarget.hierarchy.uncovered", file.toString(), column,
                    uncovered));
        }
        return new SensitiveHierarchy(rows, Math.max(0, height));
    }

    /** Hierarchical EMD between a class's value counts and the whole output's ({@code global}, {@code rows}). */
    double emd(Map<String, Integer> counts, int size, Map<String, Integer> global, int rows) {
        if (height == 0) {
            return 0;
        }
        // net surplus (+) or deficit (−) per node of the current level, starting with the values themselves
        Map<String, Double> net = new HashMap<>();
        for (Map.Entry<String, Integer> g : global.entrySet()) {
            net.put(g.getKey(), (double) counts.getOrDefault(g.getKey(), 0) / size - (double) g.getValue() / rows);
        }
        double cost = 0;
        for (int level = 1; level <= height; level++) {
            Map<String, double[]> parent = new HashMap<>(); // node at level → {surplus, deficit} of its children
            Map<String, String> parentOfChild = new HashMap<>();
            for (String value : global.keySet()) {
                List<String> path = ancestors.get(value);
                parentOfChild.put(path.get(level - 1), path.get(level));
            }
            for (Map.Entry<String, Double> child : net.entrySet()) {
                double[] pn = parent.computeIfAbsent(parentOfChild.get(child.getKey()), x -> new double[2]);
                if (child.getValue() > 0) {
                    pn[0] += child.getValue();
                } else {
                    pn[1] -= child.getValue();
                }
            }
            Map<String, Double> next = new HashMap<>();
            for (Map.Entry<String, double[]> p : parent.entrySet()) {
                cost += (double) level / height * Math.min(p.getValue()[0], p.getValue()[1]);
                next.put(p.getKey(), p.getValue()[0] - p.getValue()[1]);
            }
            net = next;
        }
        return cost;
    }
}
