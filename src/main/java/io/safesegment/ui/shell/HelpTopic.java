package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages of the user guide, one per section plus Keys. Each page is a Markdown file bundled as
 * {@code /help/<en|zh_CN>/<file>} and kept identical to {@code docs/user-guide/<en|zh_CN>/<file>} (a test compares
 * the bytes), so the guide in the app and the one in the repository never drift apart.
 */
public enum HelpTopic {
    DATA("data.md"),
    PRIVACY("privacy.md"),
    SEGMENTS("segments.md"),
    RECOMMENDATIONS("recommendations.md"),
    KEYS("keys.md"),
    RECIPE("recipe.md"),
    GOVERNANCE("governance.md"),
    CAMPAIGNS("campaigns.md"),
    VALUE("value.md");

    private final String file;

    HelpTopic(String file) {
        this.file = file;
    }

    /** The page's file name, e.g. {@code data.md}. */
    public String file() {
        return file;
    }

    /** The page for a navigation section (F1 in the main window). */
    public static HelpTopic of(Section section) {
        return switch (section) {
            case DATA -> DATA;
            case PRIVACY -> PRIVACY;
            case SEGMENTS -> SEGMENTS;
            case RECOMMENDATIONS -> RECOMMENDATIONS;
            case GOVERNANCE -> GOVERNANCE;
            case CAMPAIGNS -> CAMPAIGNS;
            case VALUE -> VALUE;
        };
    }

    /** The translated topic name for the guide's topic list. */
    public String title() {
        return switch (this) {
            case DATA -> i18n("help.topic.data");
            case PRIVACY -> i18n("help.topic.privacy");
            case SEGMENTS -> i18n("help.topic.segments");
            case RECOMMENDATIONS -> i18n("help.topic.recommendations");
            case KEYS -> i18n("help.topic.keys");
            case RECIPE -> i18n("help.topic.recipe");
            case GOVERNANCE -> i18n("help.topic.governance");
            case CAMPAIGNS -> i18n("help.topic.campaigns");
            case VALUE -> i18n("help.topic.value");
        };
    }

    /** The class-path resource of this page in {@code locale} ({@code /help/zh_CN/data.md}). */
    public String resource(Locale locale) {
        return "/help/" + I18n.settingsCode(locale) + "/" + file;
    }

    /** The page's Markdown in {@code locale}, or empty when the installation lacks it. */
    public Optional<String> markdown(Locale locale) {
        try (InputStream in = HelpTopic.class.getResourceAsStream(resource(locale))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the guide page " + resource(locale), e);
        }
    }
}
