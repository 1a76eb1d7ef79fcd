package io.safesegment.core.campaign.design;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.ColumnValues;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The customers a campaign targets: the distinct customer ids of a table (a segment file, the per-customer scores of
 * {@code rfm --out}, a recommendation list, or any customer table), optionally only the rows where one column equals
 * a value ({@code segment=3}, {@code segment=champions}, {@code city=Lyon}). Refuses ids that look like e-mail
 * addresses or phone numbers: the assignment list leaves the workspace, so it must carry the masked ids.
 */
public final class CampaignTarget {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()./-]{7,}[0-9]");
    private static final Pattern SEPARATED = Pattern.compile(".*[0-9][ ()./-]+[0-9].*[0-9][ ()./-]+[0-9].*");

    private CampaignTarget() {
    }

    /** The target's customer ids in file order. */
    public static Set<String> customers(Table table, RoleMapping roles, String where, String source) {
        RoleMapping resolved = RoleSuggester.resolve(table, roles);
        Column<?> id;
        try {
            id = ColumnValues.require(table, resolved, SemanticRole.CUSTOMER_ID, Message.literal(source));
        } catch (RuntimeException e) {
            throw new CampaignException(io.safesegment.core.i18n.LocalizedMessage.of(e));
        }
        Column<?> filterColumn = null;
        String filterValue = null;
        if (where != null && !where.isBlank()) {
            int eq = where.indexOf('=');
            if (eq <= 0) {
                throw new CampaignException(Message.of("campaign.error.where", where));
            }
            String name = where.substring(0, eq).trim();
            if (!table.containsColumn(name)) {
                throw new CampaignException(Message.of("campaign.error.missingColumn", source, name, "where",
                        String.join(", ", table.columnNames())));
            }
            filterColumn = table.column(name);
            filterValue = where.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (filterColumn != null && (filterColumn.isMissing(row)
                    || !filterColumn.getString(row).trim().toLowerCase(Locale.ROOT).equals(filterValue))) {
                continue;
            }
            String customer = ColumnValues.customerId(id, row);
            if (customer == null) {
                continue;
            }
            if (looksPersonal(customer)) {
                throw new CampaignException(Message.of("campaign.error.unmaskedIds", source, row + 2, id.name()));
            }
            ids.add(customer);
        }
        if (ids.isEmpty()) {
            throw new CampaignException(Message.of("campaign.error.emptyTarget", source));
        }
        return ids;
    }

    /** An e-mail address, or a phone number (a leading + or at least two separators between digits). */
    static boolean looksPersonal(String id) {
        return EMAIL.matcher(id).matches() || PHONE.matcher(id).matches()
                && (id.startsWith("+") || SEPARATED.matcher(id).matches());
    }
}
