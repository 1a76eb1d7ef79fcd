package io.safesegment.core.data.io;

import io.safesegment.core.data.ColumnType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses one line-aligned chunk of UTF-8 CSV bytes into its own {@link ColumnBuilder}s, following the record rules of
 * {@link CsvRecordReader} (RFC 4180 quotes, doubled quotes, text after a closing quote kept, CR, LF or CRLF line ends,
 * blank lines skipped). Line numbers are counted from the chunk start; {@link ParallelCsvReader} adds the offset.
 * Anything it cannot decide alone sets {@link #fallback}, and the file is then read sequentially.
 */
final class ChunkParser {
    /** A bad row or a column to widen, at a line relative to the chunk start (0 = its first line). */
    record Event(long line, int column, String message, ColumnType widen) {
    }

    private static final int CHECK_EVERY = 1024;
    /** Marks a field already stored by {@link ColumnBuilder#putAscii} (compared by identity, never by content). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String STORED = new String("stored");
    /** The field limit of {@link CsvRecordReader}; beyond it the sequential reader reports the record. */
    private static final int MAX_FIELDS = 100_000;

    private final ParallelCsvReader.Settings settings;
    private final ParallelCsvReader.Shared shared;
    private final int index;
    private final boolean first;
    private final boolean last;
    private final byte delimiter;
    private final byte quote;
    private final int width;
    final ColumnBuilder[] builders;
    final List<Event> events = new ArrayList<>();
    int rows;
    long lines;
    /** The chunk needs the sequential reader (bad guess of its end, invalid UTF-8, an unterminated quote...). */
    boolean fallback;
    /** Stopped early because the load was cancelled or an earlier chunk already ended it. */
    boolean aborted;

    private byte[] b;
    private int pos;
    private int nulColumn;
    private String[] fields;
    private int count;
    private boolean lastWasQuoted;
    private byte[] scratch = new byte[256];
    private RepeatedValues[] repeated;

    ChunkParser(ParallelCsvReader.Settings settings, ParallelCsvReader.Shared shared, int index, boolean first,
                boolean last) {
        this.settings = settings;
        this.shared = shared;
        this.index = index;
        this.first = first;
        this.last = last;
        this.delimiter = (byte) settings.delimiter();
        this.quote = (byte) settings.quote();
        this.width = settings.specs().size();
        this.fields = new String[Math.max(16, width + 1)];
        this.builders = new ColumnBuilder[width];
        this.repeated = new RepeatedValues[width];
        Arrays.setAll(repeated, i -> new RepeatedValues());
        for (int i = 0; i < width; i++) {
            builders[i] = ColumnBuilder.of(settings.specs().get(i), settings.missing(), settings.decimalSeparator());
        }
    }

    /** Parses {@code bytes}, then drops them and the caches: only the column values stay until the merge. */
    void parse(byte[] bytes) {
        try {
            parseRecords(bytes);
        } finally {
            shared.bytesDone.addAndGet(bytes.length);
            b = null;
            scratch = null;
            repeated = new RepeatedValues[0];
        }
    }

    private void parseRecords(byte[] bytes) {
        b = bytes;
        pos = 0;
        boolean skipHeader = first && settings.header();
        long records = 0;
        while (pos < b.length) {
            if (records++ % CHECK_EVERY == 0 && (shared.cancelled.get() || shared.firstFinal.get() < index)) {
                aborted = true;
                return;
            }
            long recordLine = lines;
            if (!readRecord()) {
                fallback = true;
                shared.firstFinal.accumulateAndGet(index, Math::min);
                return;
            }
            if (skipHeader) {
                skipHeader = false;
                continue;
            }
            if (count == 1 && fields[0].isEmpty() && !lastWasQuoted) {
                continue; // blank line
            }
            if (!store(recordLine)) {
                shared.firstFinal.accumulateAndGet(index, Math::min);
                return;
            }
        }
    }

    /** Checks and stores one record; false when the chunk must stop (a widening, or a bad row without skipping). */
    private boolean store(long recordLine) {
        if (count != width) {
            return problem(new Event(recordLine, 0, RecordBatches.fieldCountProblem(count, width), null));
        }
        if (nulColumn > 0) {
            return problem(new Event(recordLine, nulColumn, RecordBatches.NUL_PROBLEM, null));
        }
        for (int i = 0; i < width; i++) {
            if (fields[i] != STORED && !builders[i].put(rows, fields[i])) {
                ColumnSpec spec = settings.specs().get(i);
                if (!settings.declared()[i]) {
                    events.add(new Event(recordLine, i + 1, null,
                            ColumnBuilder.widen(spec.type(), fields[i], settings.decimalSeparator())));
                    return false;
                }
                return problem(new Event(recordLine, i + 1, CsvImport.invalidValueProblem(spec), null));
            }
        }
        rows++;
        return true;
    }

    private boolean problem(Event e) {
        events.add(e);
        return settings.skipBadRows();
    }

    /** Reads one record into {@link #fields}; false when this chunk cannot finish it alone. */
    private boolean readRecord() {
        count = 0;
        nulColumn = 0;
        while (true) {
            lastWasQuoted = false;
            if (pos >= b.length) {
                // after a delimiter at the end of the input, like CsvRecordReader; elsewhere the guessed end was wrong
                return last && add("");
            }
            boolean ok = b[pos] == quote ? readQuoted() : readPlain();
            if (!ok) {
                return false;
            }
            if (pos >= b.length) {
                return last;
            }
            byte c = b[pos];
            if (c == delimiter) {
                pos++;
                continue;
            }
            pos++;
            lines++;
            if (c == '\r' && pos < b.length && b[pos] == '\n') {
                pos++;
            }
            return true;
        }
    }

    /** An unquoted field up to the next delimiter or line end; leaves {@link #pos} on that byte. */
    private boolean readPlain() {
        int start = pos;
        byte[] bytes = b;
        int end = bytes.length;
        int p = pos;
        while (p < end) {
            byte c = bytes[p];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (c == 0) {
                markNul();
            }
            p++;
        }
        pos = p;
        // a plain number goes straight into its column (the row is rewritten in full if this record is dropped)
        if (count < width && p > start && builders[count].putAscii(rows, bytes, start, p - start)) {
            return add(STORED);
        }
        String value = decode(bytes, start, p - start);
        return value != null && add(value);
    }

    /** A quoted field and any text after its closing quote; leaves {@link #pos} on the delimiter or line end. */
    private boolean readQuoted() {
        lastWasQuoted = true;
        pos++;
        int length = 0;
        int end = b.length;
        while (true) {
            int start = pos;
            while (pos < end && b[pos] != quote) {
                byte c = b[pos];
                if (c == '\n' || (c == '\r' && pos + 1 < end && b[pos + 1] != '\n')) {
                    lines++;
                } else if (c == 0) {
                    markNul();
                }
                pos++;
            }
            if (pos >= end) {
                return false; // unterminated here: a wrong guess of the chunk end, or a real error for the reader
            }
            length = append(start, pos, length);
            pos++; // the closing (or first doubled) quote
            if (pos < end && b[pos] == quote) {
                scratch = ensure(scratch, length + 1);
                scratch[length++] = quote;
                pos++;
                continue;
            }
            // lenient like spreadsheet tools: text between the closing quote and the delimiter is kept
            int after = pos;
            while (pos < end && b[pos] != delimiter && b[pos] != '\n' && b[pos] != '\r') {
                if (b[pos] == 0) {
                    markNul();
                }
                pos++;
            }
            length = append(after, pos, length);
            String value = decode(scratch, 0, length);
            return value != null && add(value);
        }
    }

    private int append(int from, int to, int length) {
        int n = to - from;
        scratch = ensure(scratch, length + n);
        System.arraycopy(b, from, scratch, length, n);
        return length + n;
    }

    private static byte[] ensure(byte[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    private void markNul() {
        if (nulColumn == 0) {
            nulColumn = count + 1;
        }
    }

    private boolean add(String value) {
        if (count == fields.length) {
            if (count >= MAX_FIELDS) {
                return false;
            }
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = value;
        return true;
    }

    /**
     * Strict UTF-8 decoding: the JDK's lenient decoder is fast, and only text holding a replacement character is
     * checked again strictly (it may be a real U+FFFD or an invalid byte). Null means "let the sequential reader
     * report it", as it does for a field over the size limit.
     */
    private String decode(byte[] bytes, int from, int length) {
        if (length == 0) {
            return "";
        }
        RepeatedValues cache = count < repeated.length && length <= RepeatedValues.MAX_BYTES ? repeated[count] : null;
        if (cache != null && cache.enabled()) {
            String hit = cache.get(bytes, from, length);
            if (hit != null) {
                return hit;
            }
        }
        String s = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0 && !validUtf8(bytes, from, length)) {
            return null;
        }
        if (length > settings.maxFieldChars() && s.length() > settings.maxFieldChars()) {
            return null;
        }
        if (cache != null && cache.enabled()) {
            cache.put(bytes, from, length, s);
        }
        return s;
    }

    private static boolean validUtf8(byte[] bytes, int from, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
