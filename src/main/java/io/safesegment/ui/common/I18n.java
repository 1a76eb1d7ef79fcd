package io.safesegment.ui.common;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.SegmentNames;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to translated user text. Java code passes the key as a string literal to {@code i18n} (so the localisation
 * test can find every key with a regular expression) and FXML writes {@code %key}.
 */
public final class I18n {
    /** Base name of the bundles {@code i18n/messages.properties} and {@code i18n/messages_zh_CN.properties}. */
    public static final String BUNDLE = "i18n.messages";
    /** Simplified Chinese, as shipped. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The languages the application ships, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    // No fallback to the JVM default locale: English must stay English on a Chinese desktop and vice versa.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Locale locale = Locale.ENGLISH;

    private I18n() {
    }

    /** Switches the language of text produced from now on; views are rebuilt by the shell. */
    public static void setLocale(Locale newLocale) {
        locale = SUPPORTED.contains(newLocale) ? newLocale : Locale.ENGLISH;
    }

    /** The current language. */
    public static Locale locale() {
        return locale;
    }

    /** The bundle of the current language, for FXML loaders. */
    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, CONTROL);
    }

    /**
     * The translated text for {@code key}; with arguments it is a {@link MessageFormat} pattern. A missing key is
     * shown as {@code !key!} and logged rather than crashing a dialog (the localisation test keeps this from
     * shipping).
     */
    public static String i18n(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation key {} for {}", key, locale);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A core message (progress step, error) in the current language. */
    public static String render(Message message) {
        return message == null ? "" : message.in(locale);
    }

    /**
     * An exception's text for an inline message: a core exception's {@link LocalizedMessage} in the current
     * language, any other exception's own message.
     */
    public static String message(Throwable error) {
        if (error instanceof LocalizedMessage localized && localized.message() != null) {
            return render(localized.message());
        }
        return error.getMessage();
    }

    /**
     * A segment name as stored in a run ("Segment 3", "Noise" or a name someone chose) in the current language:
     * the core's default names are translated ("细分 3"), chosen names are shown as they are.
     */
    public static String segmentName(String stored) {
        return render(SegmentNames.display(stored));
    }

    /** {@code en} or {@code zh_CN}, the form stored in the user settings. */
    public static String settingsCode(Locale l) {
        return CHINESE.equals(l) ? "zh_CN" : "en";
    }

    /** The locale for a settings code written by {@link #settingsCode(Locale)}. */
    public static Locale fromSettingsCode(String code) {
        return "zh_CN".equals(code) ? CHINESE : Locale.ENGLISH;
    }
}
