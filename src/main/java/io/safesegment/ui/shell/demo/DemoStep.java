package io.safesegment.ui.shell.demo;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.shell.Section;

/**
 * The guided demo's steps, in story order: each names the section it shows, the tab of that section's {@code #tabs}
 * pane to select (-1: leave it) and its explanation in the UI language.
 */
public enum DemoStep {
    LOAD(Section.DATA, 0),
    ROLES(Section.DATA, 0),
    DETECT(Section.PRIVACY, 0),
    POLICY(Section.PRIVACY, 1),
    ANONYMISE(Section.PRIVACY, 3),
    APPROVE(Section.GOVERNANCE, 1),
    SEGMENT(Section.SEGMENTS, 0),
    RECOMMEND(Section.RECOMMENDATIONS, 3),
    SIGN(Section.GOVERNANCE, 0);

    private final Section section;
    private final int tab;

    DemoStep(Section section, int tab) {
        this.section = section;
        this.tab = tab;
    }

    /** The section the step shows. */
    public Section section() {
        return section;
    }

    /** The tab of the section to select, or -1. */
    public int tab() {
        return tab;
    }

    /** The step's title. */
    public String title() {
        return switch (this) {
            case LOAD -> i18n("demo.load.title");
            case ROLES -> i18n("demo.roles.title");
            case DETECT -> i18n("demo.detect.title");
            case POLICY -> i18n("demo.policy.title");
            case ANONYMISE -> i18n("demo.anonymise.title");
            case APPROVE -> i18n("demo.approve.title");
            case SEGMENT -> i18n("demo.segment.title");
            case RECOMMEND -> i18n("demo.recommend.title");
            case SIGN -> i18n("demo.sign.title");
        };
    }

    /** What the step does. */
    public String what() {
        return switch (this) {
            case LOAD -> i18n("demo.load.what");
            case ROLES -> i18n("demo.roles.what");
            case DETECT -> i18n("demo.detect.what");
            case POLICY -> i18n("demo.policy.what");
            case ANONYMISE -> i18n("demo.anonymise.what");
            case APPROVE -> i18n("demo.approve.what");
            case SEGMENT -> i18n("demo.segment.what");
            case RECOMMEND -> i18n("demo.recommend.what");
            case SIGN -> i18n("demo.sign.what");
        };
    }

    /** Why the step matters. */
    public String why() {
        return switch (this) {
            case LOAD -> i18n("demo.load.why");
            case ROLES -> i18n("demo.roles.why");
            case DETECT -> i18n("demo.detect.why");
            case POLICY -> i18n("demo.policy.why");
            case ANONYMISE -> i18n("demo.anonymise.why");
            case APPROVE -> i18n("demo.approve.why");
            case SEGMENT -> i18n("demo.segment.why");
            case RECOMMEND -> i18n("demo.recommend.why");
            case SIGN -> i18n("demo.sign.why");
        };
    }
}
