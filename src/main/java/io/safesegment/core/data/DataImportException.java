package io.safesegment.core.data;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.nio.file.Path;

/**
 * A file (or database source) could not be turned into a table. The message names the source, the line and the
 * column where known, and tells the user what to do; it never contains cell values, which may be personal data.
 * It is a {@link Message}, so the GUI shows it in the UI language; {@link #getMessage()} is the English text.
 */
public class DataImportException extends RuntimeException implements LocalizedMessage {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;
    private final transient Message message;

    /**
     * @param source  file name or source description (never a password); the same in every language
     * @param line    1-based line, or 0 when not tied to a line
     * @param column  1-based column, or 0 when not tied to a column
     * @param problem what is wrong and what to do about it
     */
    public DataImportException(String source, long line, int column, Message problem, Throwable cause) {
        this(Message.literal(source == null ? "<input>" : source), line, column, problem, cause);
    }

    /**
     * Like {@link #DataImportException(String, long, int, Message, Throwable)} for a source whose description is
     * itself translated (e.g. "PostgreSQL server host:5432/db").
     */
    public DataImportException(Message source, long line, int column, Message problem, Throwable cause) {
        this(located(source, line, column, problem), source.english(), line, column, cause);
    }

    private DataImportException(Message message, String source, long line, int column, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** Creates the exception without a cause. */
    public DataImportException(String source, long line, int column, Message problem) {
        this(source, line, column, problem, null);
    }

    /** An exception with an English-only problem text (callers not yet converted to message keys). */
    public DataImportException(String source, long line, int column, String problem, Throwable cause) {
        this(source, line, column, Message.literal(problem), cause);
    }

    /** Creates the exception without a cause, with an English-only problem text. */
    public DataImportException(String source, long line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    /** Creates an exception about a whole file. */
    public static DataImportException forFile(Path file, Message problem, Throwable cause) {
        return new DataImportException(name(file), 0, 0, problem, cause);
    }

    /** Creates an exception about a whole file, with an English-only problem text. */
    public static DataImportException forFile(Path file, String problem, Throwable cause) {
        return forFile(file, Message.literal(problem), cause);
    }

    /** The display name used for a file in messages. */
    public static String name(Path file) {
        return file == null ? "<input>" : file.toString();
    }

    private static Message located(Message source, long line, int column, Message problem) {
        if (line > 0 && column > 0) {
            return Message.of("import.error.at.line.column", source, line, column, problem);
        } else if (line > 0) {
            return Message.of("import.error.at.line", source, line, problem);
        } else if (column > 0) {
            return Message.of("import.error.at.column", source, column, problem);
        }
        return Message.of("import.error.at", source, problem);
    }

    @Override
    public Message message() {
        return message;
    }

    /** The file name or source description. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 if unknown. */
    public long line() {
        return line;
    }

    /** 1-based column of the problem, 0 if unknown. */
    public int column() {
        return column;
    }
}
