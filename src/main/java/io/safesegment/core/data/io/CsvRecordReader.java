package io.safesegment.core.data.io;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.DataImportException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * A small, fast RFC 4180 record reader over decoded characters. It keeps line numbers for error messages, accepts
 * quoted fields with embedded delimiters, quotes and newlines, and reports unterminated quotes, NUL characters and
 * over-long fields as {@link DataImportException}s instead of silently swallowing the rest of the file.
 *
 * <p>Records are returned in a reused array ({@link #field(int)}, {@link #fieldCount()}) so that parsing a million
 * rows does not allocate a list per row.
 */
public final class CsvRecordReader {
    private static final int DELIM = 0;
    private static final int EOL = 1;
    private static final int EOF = 2;

    private final Reader reader;
    private final String source;
    private final char delimiter;
    private final char quote;
    private final int maxFieldChars;
    private final int maxColumns;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder sb = new StringBuilder();
    private int pos;
    private int lim;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private String[] fields = new String[64];
    private int count;
    private boolean blank;
    private boolean lastWasQuoted;
    private int nulColumn;

    /**
     * @param reader        decoded text
     * @param source        file name for messages
     * @param delimiter     field separator
     * @param quote         quote character
     * @param maxFieldChars longest accepted field, a guard against a missing closing quote eating the whole file
     */
    public CsvRecordReader(Reader reader, String source, char delimiter, char quote, int maxFieldChars) {
        this.reader = reader;
        this.source = source;
        this.delimiter = delimiter;
        this.quote = quote;
        this.maxFieldChars = maxFieldChars;
        this.maxColumns = 100_000;
    }

    /**
     * Reads the next record.
     *
     * @return false at end of input
     * @throws DataImportException for an unterminated quote, a field over the size limit or undecodable bytes
     */
    public boolean next() {
        count = 0;
        nulColumn = 0;
        if (pos >= lim && !fill()) {
            return false;
        }
        recordLine = line;
        blank = false;
        int end;
        do {
            end = readField();
        } while (end == DELIM);
        blank = count == 1 && fields[0].isEmpty() && !lastWasQuoted;
        return true;
    }

    /** Number of fields in the current record. */
    public int fieldCount() {
        return count;
    }

    /** Field {@code i} (0-based) of the current record. */
    public String field(int i) {
        return fields[i];
    }

    /** A copy of the current record's fields. */
    public String[] record() {
        return Arrays.copyOf(fields, count);
    }

    /** Line on which the current record starts (1-based). */
    public long recordLine() {
        return recordLine;
    }

    /** Whether the current record is an empty line (no characters at all). */
    public boolean isBlankLine() {
        return blank;
    }

    /** 1-based column of the first field holding a NUL character, or 0 when there is none. */
    public int nulColumn() {
        return nulColumn;
    }

    private int readField() {
        lastWasQuoted = false;
        if (pos >= lim && !fill()) {
            add("");
            return EOF;
        }
        if (buf[pos] == quote) {
            pos++;
            lastWasQuoted = true;
            return readQuoted();
        }
        int start = pos;
        boolean spilled = false;
        sb.setLength(0);
        while (true) {
            while (pos < lim) {
                char c = buf[pos];
                if (c == delimiter) {
                    addRange(start, spilled);
                    pos++;
                    return DELIM;
                }
                if (c == '\n' || c == '\r') {
                    addRange(start, spilled);
                    endOfLine(c);
                    return EOL;
                }
                if (c == 0) {
                    markNul();
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            spilled = true;
            checkLength();
            if (!fill()) {
                add(sb.toString());
                return EOF;
            }
            start = 0;
        }
    }

    private int readQuoted() {
        sb.setLength(0);
        long openLine = line;
        while (true) {
            if (pos >= lim && !fill()) {
                throw new DataImportException(source, openLine, count + 1,
                        Message.of("import.error.unclosedQuote"));
            }
            int start = pos;
            while (pos < lim) {
                char c = buf[pos];
                if (c == quote) {
                    break;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r' && pos + 1 < lim && buf[pos + 1] != '\n') {
                    // a lone CR ends a line (old Mac files); a CR at the buffer end is not counted, so that CRLF
                    // split across two buffers is never counted twice
                    line++;
                } else if (c == 0) {
                    markNul();
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            checkLength(openLine);
            if (pos >= lim) {
                continue;
            }
            pos++; // the quote
            if (pos >= lim && !fill()) {
                add(sb.toString());
                return EOF;
            }
            if (buf[pos] == quote) {
                sb.append(quote);
                pos++;
                continue;
            }
            return afterClosingQuote();
        }
    }

    private int afterClosingQuote() {
        // Lenient like most spreadsheet tools: characters between the closing quote and the delimiter are kept.
        while (true) {
            if (pos >= lim && !fill()) {
                add(sb.toString());
                return EOF;
            }
            char c = buf[pos];
            if (c == delimiter) {
                add(sb.toString());
                pos++;
                return DELIM;
            }
            if (c == '\n' || c == '\r') {
                add(sb.toString());
                endOfLine(c);
                return EOL;
            }
            if (c == 0) {
                markNul();
            }
            sb.append(c);
            pos++;
        }
    }

    private void endOfLine(char c) {
        pos++;
        line++;
        if (c == '\r') {
            if (pos >= lim && !fill()) {
                return;
            }
            if (buf[pos] == '\n') {
                pos++;
            }
        }
    }

    private void markNul() {
        if (nulColumn == 0) {
            nulColumn = count + 1;
        }
    }

    private void checkLength() {
        checkLength(line);
    }

    private void checkLength(long startLine) {
        if (sb.length() > maxFieldChars) {
            throw new DataImportException(source, startLine, count + 1, Message.of("import.error.fieldTooLong",
                    maxFieldChars));
        }
    }

    private void addRange(int start, boolean spilled) {
        if (spilled) {
            sb.append(buf, start, pos - start);
            checkLength();
            add(sb.toString());
        } else {
            add(new String(buf, start, pos - start));
        }
    }

    private void add(String value) {
        if (count == fields.length) {
            if (count >= maxColumns) {
                throw new DataImportException(source, recordLine, count,
                        Message.of("import.error.tooManyFields", maxColumns));
            }
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n;
            do {
                n = reader.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                pos = 0;
                lim = 0;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        } catch (CharacterCodingException e) {
            throw new DataImportException(source, line, 0, Message.of("import.error.encoding"), e);
        } catch (IOException e) {
            throw new DataImportException(source, line, 0, Message.of("import.error.cannotRead", e.getMessage()), e);
        }
    }
}
