package io.safesegment.core.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A user-visible text of the core as a key of the core bundles ({@code i18n/core.properties},
 * {@code i18n/core_zh_CN.properties}) plus its arguments, so each front end renders it in its own language: the GUI
 * in the UI language, the CLI and the logs in English ({@link #english()}).
 *
 * <p>Patterns are {@link MessageFormat}s: plurals are choice formats ({@code {0,choice,1#column|1<columns}}) and
 * numbers are formatted for the rendering locale. Arguments that are themselves messages are rendered in the same
 * language, so a file problem nested inside "file line 3: problem" is translated too. Code passes the key as a
 * string literal to {@link #of(String, Object...)} so the localisation test can find every key it uses.
 */
public final class Message {
    /** Base name of the core bundles. */
    public static final String BUNDLE = "i18n.core";

    // English must stay English on a Chinese machine: no fallback to the JVM default locale.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;
    private final String literal;
    private final Object[] args;
    // for join: the separator in literal, the parts in args
    private final boolean joined;

    private Message(String key, String literal, Object[] args) {
        this(key, literal, args, false);
    }

    private Message(String key, String literal, Object[] args, boolean joined) {
        this.key = key;
        this.literal = literal;
        this.args = args;
        this.joined = joined;
    }

    /**
     * A message from the core bundles.
     *
     * @param key  a key of {@code core.properties}, written literally at the call site
     * @param args the pattern's arguments (numbers, strings, dates or nested messages; never personal values)
     */
    public static Message of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Message(key, null, args == null ? new Object[0] : args.clone());
    }

    /**
     * A text that is the same in every language: a file name, a step's own description, or an English text from code
     * that has not been converted to a key yet.
     */
    public static Message literal(String text) {
        return new Message(null, Objects.requireNonNull(text, "text"), new Object[0]);
    }

    /** The messages one after the other, each rendered in the same language, with {@code separator} between. */
    public static Message join(String separator, List<Message> parts) {
        return new Message(null, Objects.requireNonNull(separator, "separator"), parts.toArray(), true);
    }

    /** The bundle key, or {@code null} for a {@linkplain #literal(String) literal} or a {@linkplain #join joined} text. */
    public String key() {
        return key;
    }

    /** A copy of the arguments. */
    public Object[] args() {
        return args.clone();
    }

    /** The text in English, as the CLI, the logs and {@code getMessage()} of core exceptions show it. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /**
     * The text in {@code locale}; languages without a bundle get English. A key missing from the bundles (which
     * the localisation test prevents) renders as {@code !key!} rather than failing an error dialog.
     */
    public String in(Locale locale) {
        if (joined) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                sb.append(i == 0 ? "" : literal).append(((Message) args[i]).in(locale));
            }
            return sb.toString();
        }
        if (literal != null) {
            return literal;
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Message m ? m.in(locale) : args[i];
        }
        // Like ui.common.I18n: a pattern without arguments is plain text (a lone apostrophe needs no doubling).
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(rendered);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && joined == m.joined && Objects.equals(key, m.key)
                && Objects.equals(literal, m.literal) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, literal, Arrays.hashCode(args));
    }

    /** The English text, so a message dropped into a log line or string reads naturally. */
    @Override
    public String toString() {
        return english();
    }
}
