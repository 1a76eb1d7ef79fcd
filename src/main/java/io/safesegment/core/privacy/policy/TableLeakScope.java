package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The {@link LeakScope} of a whole table in memory: the desktop's index of distinctive values and gram samples. */
final class TableLeakScope implements LeakScope {
    private final Map<String, GramSample> grams;
    private final DistinctiveIndex distinctive;

    private TableLeakScope(Map<String, GramSample> grams, DistinctiveIndex distinctive) {
        this.grams = grams;
        this.distinctive = distinctive;
    }

    static TableLeakScope of(Table original, Map<String, ColumnRole> roles) {
        return ofIdentifiers(original, LeakScanner.identifiers(original, roles));
    }

    /** @param identifiers the normalised values of the original's direct-identifier columns, in column order */
    static TableLeakScope ofIdentifiers(Table original, Map<String, String[]> identifiers) {
        Map<String, GramSample> grams = new LinkedHashMap<>();
        DistinctiveIndex distinctive = new DistinctiveIndex();
        if (identifiers.isEmpty()) {
            return new TableLeakScope(grams, distinctive);
        }
        Set<String> nonIdentifierValues = new HashSet<>();
        for (Column<?> c : original.columns()) {
            if (!identifiers.containsKey(c.name())) {
                for (int i = 0; i < c.size(); i++) {
                    String v = c.isMissing(i) ? null : IdentifierStrength.normalise(c.getString(i));
                    if (v != null && IdentifierStrength.distinctive(v)) { // only these could be excluded below
                        nonIdentifierValues.add(v);
                    }
                }
            }
        }
        identifiers.forEach((name, values) -> {
            GramSample sample = new GramSample(values);
            grams.put(name, sample);
            for (String v : values) {
                if (v != null && IdentifierStrength.distinctive(v) && !nonIdentifierValues.contains(v)) {
                    distinctive.add(v, name, sample);
                }
            }
        });
        return new TableLeakScope(grams, distinctive);
    }

    @Override
    public String distinctiveSource(String text) {
        return distinctive.find(text);
    }

    @Override
    public int othersWith(String column, String run, String owner) {
        GramSample sample = grams.get(column);
        return sample == null ? 0 : sample.othersWith(run, owner);
    }
}
