package io.safesegment.core.campaign.stats;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.i18n.Message;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of an experiment results file plays which role: {@code customer_id}, {@code arm}, {@code exposed},
 * {@code clicked}, {@code converted}, {@code revenue}. A role not given with {@code --map role=column} is read from
 * the column of the same name. {@code arm} and {@code converted} are required; the others are optional (their
 * metrics are then left out).
 */
public record ExperimentColumns(Map<String, String> columns) {
    /** The roles, in file order of the documented default header. */
    public static final String[] ROLES = {"customer_id", "arm", "exposed", "clicked", "converted", "revenue"};

    /** Copies and checks the mapping. */
    public ExperimentColumns {
        columns = Map.copyOf(columns);
    }

    /** Parses {@code role=column[,role=column…]}; unmapped roles default to their own name. */
    public static ExperimentColumns parse(String map) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String role : ROLES) {
            columns.put(role, role);
        }
        if (map != null && !map.isBlank()) {
            for (String part : map.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String role = eq <= 0 ? part.trim() : part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (eq <= 0 || eq == part.length() - 1 || !columns.containsKey(role)) {
                    throw new CampaignException(Message.of("campaign.error.badMap", part.trim(),
                            String.join(", ", ROLES)));
                }
                columns.put(role, part.substring(eq + 1).trim());
            }
        }
        return new ExperimentColumns(columns);
    }

    /** The column of {@code role}. */
    public String column(String role) {
        return columns.get(role);
    }
}
