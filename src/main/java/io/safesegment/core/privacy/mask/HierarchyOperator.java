package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/**
 * Generalises categories through a user hierarchy in ARX's file format: one line per value,
 * {@code value;level1;level2;…} (for example {@code Shanghai;East China;China;*}). Level 1 replaces each value by
 * its first ancestor, level 2 by the second, and so on. A value missing from the hierarchy is an error naming it by
 * row, never silently kept.
 */
public final class HierarchyOperator extends StringValueOperator {
    /** Operator id in policy JSON. */
    public static final String ID = "generalise-hierarchy";

    private final Map<String, String> mapping;
    private final int level;

    /**
     * @param rows  hierarchy rows, each {@code [value, level1, level2, …]}
     * @param level which ancestor to output, 1 or more
     */
    public HierarchyOperator(List<List<String>> rows, int level) {
        if (level < 1) {
            throw new InvalidParameterException(ID, "level", Message.of("mask.hierarchyOperator.mustBeAtLeast", level));
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() <= level) {
                throw new MaskingException(Message.of("mask.hierarchyOperator.generaliseHierarchyHierarchyLine", i + 1, level));
            }
            m.put(row.get(0), row.get(level));
        }
        this.mapping = Map.copyOf(m);
        this.level = level;
    }

    /** Reads an ARX-style hierarchy file (semicolon separated, UTF-8). */
    public static List<List<String>> readHierarchy(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> List.of(l.split(";", -1)))
                    .toList();
        } catch (IOException e) {
            throw new InvalidParameterException(ID, "file", Message.of("mask.hierarchyOperator.cannotBeRead", InvalidParameterException.shown(file), e.getClass().getSimpleName()));
        }
    }

    /** The level this operator generalises to. */
    public int level() {
        return level;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.GENERALISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // a hierarchy may map a value to itself
    }

    @Override
    protected ValueFunction prepare(Column<?> column, MaskingContext context) {
        return value -> {
            String ancestor = mapping.get(value);
            if (ancestor == null) {
                throw new MaskingException(Message.of("mask.hierarchyOperator.generaliseHierarchyAValue", column.name()));
            }
            return ancestor;
        };
    }
}
