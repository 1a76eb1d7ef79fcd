package io.safesegment.core.i18n;

/**
 * An exception whose text is a {@link Message}: the GUI renders {@link #message()} in the UI language, while
 * {@code getMessage()} stays the English text that the CLI prints and the log records.
 */
public interface LocalizedMessage {
    /** The message, for rendering in a chosen language. */
    Message message();
}
