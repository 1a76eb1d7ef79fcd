package io.safesegment.core.i18n;

/**
 * An exception whose text is a {@link Message}: the GUI renders {@link #message()} in the UI language, while
 * {@code getMessage()} stays the English text that the CLI prints and the log records.
 */
public interface LocalizedMessage {
    /** The message, for rendering in a chosen language. */
    Message message();

    /**
     * The message of any exception: its own {@link Message} when it has one, else its English text as a literal
     * (so a wrapping message can still be translated around it).
     */
    static Message of(Throwable error) {
        if (error instanceof LocalizedMessage localized && localized.message() != null) {
            return localized.message();
        }
        String text = error.getMessage(); // "null" like the string concatenation it replaces
        return Message.literal(String.valueOf(text));
    }
}
