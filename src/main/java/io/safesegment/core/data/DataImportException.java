package io.safesegment.core.data;

import java.nio.file.Path;

/**
 * A file (or database source) could not be turned into a table. The message names the source, the line and the
 * column where known, and tells the user what to do; it never contains cell values, which may be personal data.
 */
public class DataImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;

    /**
     * @param source file name or source description (never a password)
     * @param line   1-based line, or 0 when not tied to a line
     * @param column 1-based column, or 0 when not tied to a column
     * @param problem what is wrong and what to do about it
     */
    public DataImportException(String source, long line, int column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** Creates the exception without a cause. */
    public DataImportException(String source, long line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    /** Creates an exception about a whole file. */
    public static DataImportException forFile(Path file, String problem, Throwable cause) {
        return new DataImportException(name(file), 0, 0, problem, cause);
    }

    /** The display name used for a file in messages. */
    public static String name(Path file) {
        return file == null ? "<input>" : file.toString();
    }

    private static String format(String source, long line, int column, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(" line ").append(String.format("%,d", line));
        }
        if (column > 0) {
            sb.append(line > 0 ? ", column " : " column ").append(column);
        }
        return sb.append(": ").append(problem).toString();
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
