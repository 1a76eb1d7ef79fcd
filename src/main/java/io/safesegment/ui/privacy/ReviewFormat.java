package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.detect.EntityType;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.privacy.policy.ColumnOutcome;
import io.safesegment.core.privacy.policy.LeakFinding;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.review.ColumnUtility;
import io.safesegment.core.privacy.review.PolicyReview;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.ui.common.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns review results into the translated text the Privacy section shows. Pure functions, no JavaFX. */
final class ReviewFormat {
    private static final String DASH = "—";

    private ReviewFormat() {
    }

    /** The translated name of a column role. */
    static String role(ColumnRole role) {
        if (role == null) {
            return DASH;
        }
        return switch (role) {
            case DIRECT_IDENTIFIER -> i18n("privacy.role.direct");
            case QUASI_IDENTIFIER -> i18n("privacy.role.quasi");
            case SENSITIVE -> i18n("privacy.role.sensitive");
            case OTHER -> i18n("privacy.role.other");
        };
    }

    /** The translated GDPR label of a transformation. */
    static String kind(TransformKind kind) {
        return switch (kind) {
            case REMOVED -> i18n("privacy.kind.removed");
            case MASKED -> i18n("privacy.kind.masked");
            case GENERALISED -> i18n("privacy.kind.generalised");
            case PSEUDONYMISED -> i18n("privacy.kind.pseudonymised");
            case ENCRYPTED -> i18n("privacy.kind.encrypted");
            case PERTURBED -> i18n("privacy.kind.perturbed");
            case KEPT -> i18n("privacy.kind.kept");
        };
    }

    /** An entity name for people in the UI language: {@code CN_RESIDENT_ID} → "CN resident id", "中国居民身份证号". */
    static String entity(EntityType entity) {
        return switch (entity) {
            case PERSON_NAME -> i18n("privacy.entity.personName");
            case EMAIL -> i18n("privacy.entity.email");
            case PHONE -> i18n("privacy.entity.phone");
            case CREDIT_CARD -> i18n("privacy.entity.creditCard");
            case IBAN -> i18n("privacy.entity.iban");
            case US_SSN -> i18n("privacy.entity.usSsn");
            case CN_RESIDENT_ID -> i18n("privacy.entity.cnResidentId");
            case PASSPORT -> i18n("privacy.entity.passport");
            case NATIONAL_ID -> i18n("privacy.entity.nationalId");
            case CUSTOMER_ID -> i18n("privacy.entity.customerId");
            case IP_ADDRESS -> i18n("privacy.entity.ipAddress");
            case MAC_ADDRESS -> i18n("privacy.entity.macAddress");
            case STREET_ADDRESS -> i18n("privacy.entity.streetAddress");
            case URL -> i18n("privacy.entity.url");
            case POSTCODE -> i18n("privacy.entity.postcode");
            case DATE_OF_BIRTH -> i18n("privacy.entity.dateOfBirth");
            case AGE -> i18n("privacy.entity.age");
            case GENDER -> i18n("privacy.entity.gender");
            case CITY -> i18n("privacy.entity.city");
            case GPS_COORDINATES -> i18n("privacy.entity.gpsCoordinates");
            case INCOME -> i18n("privacy.entity.income");
            case HEALTH -> i18n("privacy.entity.health");
            case RELIGION -> i18n("privacy.entity.religion");
            case ETHNICITY -> i18n("privacy.entity.ethnicity");
            default -> words(entity); // a type added later, until it has its keys
        };
    }

    private static String words(EntityType entity) {
        String words = entity.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A rule as one line: {@code char-mask  keepFirst=1, keepEmailDomain=true}. */
    static String rule(String operator, java.util.Map<String, Object> params) {
        String p = RuleParams.format(params);
        return p.isEmpty() ? operator : operator + "  " + p;
    }

    /** Risk table rows; a single explanatory row when there is no quasi-identifier. */
    static List<RiskRow> riskRows(RiskReport before, RiskReport after) {
        List<RiskRow> rows = new ArrayList<>();
        if (before == null) {
            rows.add(new RiskRow(i18n("privacy.risk.noqi"), DASH, DASH));
            return rows;
        }
        rows.add(row(i18n("privacy.risk.k"), before, after, r -> String.valueOf(r.k())));
        rows.add(row(i18n("privacy.risk.belowk", before.kTarget()), before, after,
                r -> i18n("privacy.risk.count", r.recordsBelowK(), (double) r.recordsBelowK() / r.rows())));
        rows.add(row(i18n("privacy.risk.prosecutor.highest"), before, after, r -> percent(r.prosecutor().highest())));
        rows.add(row(i18n("privacy.risk.prosecutor.average"), before, after, r -> percent(r.prosecutor().average())));
        rows.add(row(i18n("privacy.risk.marketer"), before, after, r -> percent(r.marketerRisk())));
        if (before.diversity() != null) {
            String sensitive = before.diversity().sensitive();
            rows.add(row(i18n("privacy.risk.distinctl", sensitive), before, after,
                    r -> r.diversity() == null ? DASH : String.valueOf(r.diversity().distinctL())));
            rows.add(row(i18n("privacy.risk.entropyl", sensitive), before, after,
                    r -> r.diversity() == null ? DASH : i18n("privacy.number2", r.diversity().entropyL())));
            rows.add(row(i18n("privacy.risk.t", sensitive), before, after,
                    r -> r.diversity() == null ? DASH : i18n("privacy.number3", r.diversity().tCloseness())));
        }
        return rows;
    }

    private static RiskRow row(String metric, RiskReport before, RiskReport after, Function<RiskReport, String> f) {
        return new RiskRow(metric, f.apply(before), after == null ? i18n("privacy.risk.noqi.after") : f.apply(after));
    }

    /** Which columns the risk figures are about, or empty text without quasi-identifiers. */
    static String riskColumns(RiskReport before) {
        if (before == null) {
            return "";
        }
        String qis = String.join(", ", before.quasiIdentifiers());
        return before.diversity() == null ? i18n("privacy.risk.columns", qis)
                : i18n("privacy.risk.columns.sensitive", qis, before.diversity().sensitive());
    }

    /** A share as a percentage with one decimal. */
    static String percent(double share) {
        return Columns.percent(share);
    }

    /** Per-column summary rows, in input column order. */
    static List<OutcomeRow> outcomeRows(PolicyReview review, MaskingPolicy policy) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (ColumnOutcome outcome : review.mask().outcomes()) {
            String rule = policy.ruleFor(outcome.column()).map(r -> rule(r.operator(), r.params()))
                    .orElse(i18n("privacy.rule.none"));
            ColumnUtility u = review.cost().column(outcome.column()).orElseThrow();
            String distinct = i18n("privacy.review.distinct", u.distinctBefore(), u.distinctAfter(), u.distinctLoss());
            String shift = u.numeric()
                    ? i18n("privacy.review.shift", u.meanShift(), Double.isNaN(u.relativeMeanShift()) ? 0
                    : u.relativeMeanShift())
                    : DASH;
            rows.add(new OutcomeRow(outcome.column(), rule, kind(outcome.kind()), distinct, shift,
                    u.changedCells() > 0));
        }
        return rows;
    }

    /** The one-line utility summary above the per-column table. */
    static String utilitySummary(PolicyReview review) {
        long removed = review.cost().columns().stream().filter(ColumnUtility::removed).count();
        return i18n("privacy.review.utility", review.cost().changedShare(), removed, review.cost().rows());
    }

    /** The blocked-export dialog text: one line per column and kind of leak, with counts but never a value. */
    static String leakLines(LeakReport report) {
        StringBuilder sb = new StringBuilder();
        for (LeakReport.ColumnLeak leak : report.leaks()) {
            for (LeakFinding f : leak.findings()) {
                sb.append(i18n("privacy.export.blocked.finding", leak.column(), f.count(), leakKind(f))).append('\n');
            }
        }
        sb.append('\n').append(i18n("privacy.export.blocked.hint"));
        return sb.toString();
    }

    /** The localised kind of a leak finding. */
    static String leakKind(LeakFinding f) {
        return switch (f.kind()) {
            case UNCHANGED_IDENTIFIER -> i18n("privacy.leak.kind.unchanged");
            case CONTAINS_IDENTIFIER -> i18n("privacy.leak.kind.contains");
            case COPY_IN_SAME_RECORD -> i18n("privacy.leak.kind.copy", f.sourceColumn());
            case DISTINCTIVE_IDENTIFIER -> i18n("privacy.leak.kind.distinctive", f.sourceColumn());
            case PARTIAL_IDENTIFIER -> i18n("privacy.leak.kind.partial");
            case RECOGNISABLE_PATTERN -> i18n("privacy.leak.kind.pattern");
        };
    }

    /** The offending column names, comma separated. */
    static String leakColumns(LeakReport report) {
        return String.join(", ", report.leaks().stream().map(LeakReport.ColumnLeak::column).toList());
    }
}
