package io.safesegment.core.privacy.review;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.risk.RiskOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns risk is measured over: every quasi-identifier and the first sensitive column (for l-diversity and
 * t-closeness), restricted to the columns a table actually has, since a removed quasi-identifier is no longer known
 * to an attacker who only sees the export.
 *
 * @param quasiIdentifiers quasi-identifier columns, in role order
 * @param sensitive        the first sensitive column, or null
 */
public record RiskColumns(List<String> quasiIdentifiers, String sensitive) {
    /** Copies the list. */
    public RiskColumns {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
    }

    /** Picks the columns from {@code roles} (in map order) that are present in {@code columns}. */
    public static RiskColumns from(Map<String, ColumnRole> roles, Collection<String> columns) {
        List<String> qis = new ArrayList<>();
        String sensitive = null;
        for (Map.Entry<String, ColumnRole> e : roles.entrySet()) {
            if (!columns.contains(e.getKey())) {
                continue;
            }
            if (e.getValue() == ColumnRole.QUASI_IDENTIFIER) {
                qis.add(e.getKey());
            } else if (e.getValue() == ColumnRole.SENSITIVE && sensitive == null) {
                sensitive = e.getKey();
            }
        }
        return new RiskColumns(qis, sensitive);
    }

    /** The risk options with the default k target and threshold, or empty when there is no quasi-identifier. */
    public Optional<RiskOptions> options() {
        return quasiIdentifiers.isEmpty() ? Optional.empty() : Optional.of(RiskOptions.of(quasiIdentifiers, sensitive));
    }
}
