package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.features.FeatureReport;
import io.safesegment.core.segment.features.FeatureUnit;
import io.safesegment.core.segment.rfm.RfmResult;

/**
 * How the Segments section names features with their original unit ("recency_days (days)") and reports what the
 * feature builder and RFM left out, in the UI language.
 */
final class FeatureText {
    private FeatureText() {
    }

    /** The feature's name with its unit; numbers from the customers file keep their bare name (unit unknown). */
    static String title(String feature, FeatureReport report) {
        FeatureUnit unit = FeatureUnit.of(feature, report);
        return unit == FeatureUnit.AS_IN_FILE ? feature : i18n("segments.axis.feature", feature, unit(unit));
    }

    /** Translated unit. */
    static String unit(FeatureUnit unit) {
        return switch (unit) {
            case DAYS -> i18n("segments.unit.days");
            case YEARS -> i18n("segments.unit.years");
            case MONEY -> i18n("segments.unit.money");
            case ORDERS -> i18n("segments.unit.orders");
            case LINE_ITEMS -> i18n("segments.unit.lineItems");
            case SHARE -> i18n("segments.unit.share");
            case INDICATOR -> i18n("segments.unit.indicator");
            case AS_IN_FILE -> "";
        };
    }

    /** What a frequency counted: distinct orders or line items. */
    static String frequency(String frequencyCounts) {
        return FeatureReport.ORDERS.equals(frequencyCounts) ? i18n("segments.frequency.orders")
                : i18n("segments.frequency.lineItems");
    }

    /** The feature report's counts: customers left out and, with transactions, lines left out and the frequency rule. */
    static String report(FeatureReport r) {
        StringBuilder text = new StringBuilder(i18n("segments.report.customers", r.customersRead(),
                r.excludedRowsWithoutCustomer(), r.duplicateIdsDropped(), r.rowsDropped(), r.imputedValues()));
        if (r.frequencyCounts() != null) {
            text.append('\n').append(i18n("segments.report.transactions", r.excludedTransactionsWithoutCustomer(),
                    r.transactionsWithoutAmount(), r.unmatchedTransactions(), frequency(r.frequencyCounts())));
        }
        derived(text, r.derivedAmount());
        return text.toString();
    }

    /** RFM's counts: rows left out, the frequency rule and a derived amount. */
    static String report(RfmResult r) {
        StringBuilder text = new StringBuilder(i18n("segments.rfm.report", r.excludedRowsWithoutCustomer(),
                r.excludedRowsWithoutAmount(), frequency(r.frequencyCounts())));
        derived(text, r.derivedAmount());
        return text.toString();
    }

    private static void derived(StringBuilder text, String derivedAmount) {
        if (derivedAmount != null) {
            text.append('\n').append(i18n("segments.report.derived", derivedAmount));
        }
    }
}
