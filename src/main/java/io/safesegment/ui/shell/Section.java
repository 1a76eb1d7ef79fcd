package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

/** The main window's navigation sections, in menu order (Ctrl+1 … Ctrl+6). */
public enum Section {
    DATA, PRIVACY, SEGMENTS, RECOMMENDATIONS, GOVERNANCE, CAMPAIGNS, VALUE;

    /** The translated navigation label. */
    public String title() {
        return switch (this) {
            case DATA -> i18n("nav.data");
            case PRIVACY -> i18n("nav.privacy");
            case SEGMENTS -> i18n("nav.segments");
            case RECOMMENDATIONS -> i18n("nav.recommendations");
            case GOVERNANCE -> i18n("nav.governance");
            case CAMPAIGNS -> i18n("nav.campaigns");
            case VALUE -> i18n("nav.value");
        };
    }

    /** One sentence on what the section is for (shown under the title and as the navigation tooltip). */
    public String description() {
        return switch (this) {
            case DATA -> i18n("data.description");
            case PRIVACY -> i18n("privacy.description");
            case SEGMENTS -> i18n("segments.description");
            case RECOMMENDATIONS -> i18n("recommendations.description");
            case GOVERNANCE -> i18n("governance.description");
            case CAMPAIGNS -> i18n("campaigns.description");
            case VALUE -> i18n("value.description");
        };
    }
}
