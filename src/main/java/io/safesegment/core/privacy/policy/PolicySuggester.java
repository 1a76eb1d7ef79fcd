package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.ColumnDetection;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.EntityType;
import io.safesegment.core.privacy.mask.CharacterMaskOperator;
import io.safesegment.core.privacy.mask.DateGeneraliseOperator;
import io.safesegment.core.privacy.mask.NumberBinOperator;
import io.safesegment.core.privacy.mask.PrefixGeneraliseOperator;
import io.safesegment.core.privacy.mask.PseudonymOperator;
import io.safesegment.core.privacy.mask.RedactOperator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposes a default policy from a detection result, following the privacy officer's usual first draft:
 * direct identifiers pseudonymised or masked (ids keyed-pseudonymised so joins survive; names, emails and phones
 * character-masked; addresses and network ids removed), quasi-identifiers generalised (birth date to year, age to
 * ten-year bands, postcode to a prefix), sensitive and other columns left as they are for the officer to decide.
 */
public final class PolicySuggester {
    private PolicySuggester() {
    }

    /** The suggested policy for {@code report}. */
    public static MaskingPolicy suggest(DetectionReport report) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        List<MaskingRule> rules = new ArrayList<>();
        for (ColumnDetection c : report.columns()) {
            roles.put(c.column(), c.suggestedRole());
            ruleFor(c).ifPresent(rules::add);
        }
        String name = "Default policy for " + (report.dataset() == null ? "dataset" : report.dataset());
        return new MaskingPolicy(MaskingPolicy.FORMAT_VERSION, UUID.randomUUID().toString(), 1, name, Instant.now(),
                roles, rules);
    }

    static Optional<MaskingRule> ruleFor(ColumnDetection c) {
        EntityType entity = c.top().map(m -> m.entity()).orElse(null);
        String col = c.column();
        if (c.suggestedRole() == ColumnRole.DIRECT_IDENTIFIER) {
            return Optional.of(directIdentifierRule(col, entity));
        }
        if (c.suggestedRole() == ColumnRole.QUASI_IDENTIFIER && entity != null) {
            return switch (entity) {
                case DATE_OF_BIRTH -> Optional.of(new MaskingRule(col, DateGeneraliseOperator.ID, Map.of("level", "YEAR")));
                case AGE -> Optional.of(new MaskingRule(col, NumberBinOperator.ID, Map.of("width", 10)));
                case POSTCODE -> Optional.of(new MaskingRule(col, PrefixGeneraliseOperator.ID, Map.of("keep", 3)));
                case GPS_COORDINATES, URL -> Optional.of(MaskingRule.of(col, RedactOperator.ID));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static MaskingRule directIdentifierRule(String col, EntityType entity) {
        if (entity == null) {
            return new MaskingRule(col, PseudonymOperator.ID, Map.of("prefix", "ID-"));
        }
        return switch (entity) {
            case PERSON_NAME -> new MaskingRule(col, CharacterMaskOperator.ID, Map.of("keepFirst", 1));
            case EMAIL -> new MaskingRule(col, CharacterMaskOperator.ID, Map.of("keepFirst", 1, "keepEmailDomain", true));
            case PHONE -> new MaskingRule(col, CharacterMaskOperator.ID, Map.of("keepFirst", 3, "keepLast", 2));
            case CREDIT_CARD, IBAN -> new MaskingRule(col, CharacterMaskOperator.ID, Map.of("keepLast", 4));
            case CUSTOMER_ID -> new MaskingRule(col, PseudonymOperator.ID, Map.of("prefix", "CUST-"));
            case STREET_ADDRESS, IP_ADDRESS, MAC_ADDRESS -> MaskingRule.of(col, RedactOperator.ID);
            default -> new MaskingRule(col, PseudonymOperator.ID, Map.of("prefix", "ID-"));
        };
    }
}
