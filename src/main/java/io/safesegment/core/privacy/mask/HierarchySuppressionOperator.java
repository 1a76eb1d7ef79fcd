package io.safesegment.core.privacy.mask;

import io.safesegment.core.i18n.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.columns.Column;

/**
 * The {@code generalise-hierarchy} rule of an anonymisation result: generalises the column through its hierarchy
 * like {@link HierarchyOperator} and also suppresses (outputs {@code *} for) every row whose equivalence class over
 * the quasi-identifiers of {@code group}, each generalised to its own level, has fewer than {@code suppressBelow}
 * rows. Every quasi-identifier of the group carries the same {@code group} and {@code suppressBelow}, so the same
 * rows are suppressed in all of them, as ARX does. Level 0 (the value unchanged) is allowed here.
 */
public final class HierarchySuppressionOperator implements MaskingOperator {
    /** The suppressed value. */
    public static final String SUPPRESSED = "*";

    private final String column;
    private final int suppressBelow;
    private final List<Member> members;

    private record Member(String column, Map<String, String> mapping) {
    }

    /**
     * @param suppressBelow rows in classes smaller than this are suppressed (at least 1)
     * @param group         the quasi-identifiers as {@code column=hierarchyFile@level}, separated by {@code ;}
     * @param column        the column this rule is for; must be part of {@code group}
     */
    public HierarchySuppressionOperator(int suppressBelow, String group, String column) {
        if (suppressBelow < 1) {
            throw new InvalidParameterException(HierarchyOperator.ID, "suppressBelow", Message.of("mask.hierarchySuppressionOperator.mustBeAtLeast", suppressBelow));
        }
        if (group == null || group.isBlank()) {
            throw new InvalidParameterException(HierarchyOperator.ID, "group", Message.of("mask.hierarchySuppressionOperator.isRequiredWithSuppressbelow"));
        }
        List<Member> parsed = new ArrayList<>();
        for (String part : group.split(";")) {
            int eq = part.indexOf('=');
            int at = part.lastIndexOf('@');
            if (eq <= 0 || at < eq) {
                throw new InvalidParameterException(HierarchyOperator.ID, "group", Message.of("mask.hierarchySuppressionOperator.mustListColumnHierarchyfile"));
            }
            int level;
            try {
                level = Integer.parseInt(part.substring(at + 1).trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(HierarchyOperator.ID, "group", Message.of("mask.hierarchySuppressionOperator.hasALevelThat"));
            }
            List<List<String>> rows = HierarchyOperator.readHierarchy(Path.of(part.substring(eq + 1, at)));
            Map<String, String> mapping = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (level < 0 || rows.get(i).size() <= level) {
                    throw new MaskingException(Message.of("mask.hierarchySuppressionOperator.generaliseHierarchyHierarchyOf", part.substring(0, eq), i + 1, level));
                }
                mapping.put(rows.get(i).get(0), rows.get(i).get(level));
            }
            parsed.add(new Member(part.substring(0, eq), Map.copyOf(mapping)));
        }
        if (parsed.stream().noneMatch(m -> m.column().equals(column))) {
            throw new InvalidParameterException(HierarchyOperator.ID, "group", Message.of("mask.hierarchySuppressionOperator.mustIncludeTheRule"));
        }
        this.column = column;
        this.suppressBelow = suppressBelow;
        this.members = List.copyOf(parsed);
    }

    @Override
    public String id() {
        return HierarchyOperator.ID;
    }

    @Override
    public TransformKind kind() {
        return TransformKind.GENERALISED;
    }

    @Override
    public boolean neverReturnsInput() {
        return false; // level 0 keeps values, and a hierarchy may map a value to itself
    }

    @Override
    public Column<?> apply(Column<?> target, MaskingContext context) {
        int n = target.size();
        String[][] generalised = new String[members.size()][];
        int own = -1;
        for (int m = 0; m < members.size(); m++) {
            Member member = members.get(m);
            if (!context.table().columnNames().contains(member.column())) {
                throw new MaskingException(Message.of("mask.hierarchySuppressionOperator.generaliseHierarchyQuasiIdentifier", member.column()));
            }
            Column<?> c = context.table().column(member.column());
            String[] out = new String[n];
            for (int r = 0; r < n; r++) {
                String value = c.isMissing(r) ? "" : c.getString(r);
                String g = member.mapping().get(value);
                if (g == null) {
                    throw new MaskingException(Message.of("mask.hierarchySuppressionOperator.generaliseHierarchyAValue", member.column(), r + 1));
                }
                out[r] = g;
            }
            generalised[m] = out;
            if (member.column().equals(column)) {
                own = m;
            }
        }
        Map<String, Integer> classSize = new HashMap<>();
        String[] keys = new String[n];
        for (int r = 0; r < n; r++) {
            StringBuilder key = new StringBuilder();
            for (String[] g : generalised) {
                key.append(g[r]).append('\u0000');
            }
            keys[r] = key.toString();
            classSize.merge(keys[r], 1, Integer::sum);
        }
        String[] result = new String[n];
        for (int r = 0; r < n; r++) {
            result[r] = classSize.get(keys[r]) < suppressBelow ? SUPPRESSED : generalised[own][r];
        }
        return StringColumnValues.column(target.name(), result);
    }
}
