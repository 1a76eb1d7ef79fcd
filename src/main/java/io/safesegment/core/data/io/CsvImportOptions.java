package io.safesegment.core.data.io;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * How to read a delimited text file. Every format setting is nullable: {@code null} means "detect it", a value
 * overrides detection (the UI shows the detected values from {@link CsvImport#preview} and lets the user change them).
 *
 * @param encoding         text encoding, or null to detect (BOM, strict UTF-8, GB18030, windows-1252)
 * @param delimiter        field separator, or null to detect among {@code , ; TAB |}
 * @param quote            quote character (default {@code "})
 * @param header           whether the first record holds column names, or null to detect
 * @param decimalSeparator {@code .} or {@code ,}, or null to detect
 * @param columnTypes      per-column type overrides by (final, de-duplicated) column name
 * @param missingValues    tokens read as missing in typed (non-text) columns; the empty string is always missing
 * @param skipBadRows      skip and count malformed rows instead of failing
 * @param maxFieldChars    longest accepted field in characters
 */
public record CsvImportOptions(Charset encoding, Character delimiter, char quote, Boolean header,
                               Character decimalSeparator, Map<String, ColumnType> columnTypes,
                               Set<String> missingValues, boolean skipBadRows, int maxFieldChars) {

    /** Tokens read as missing in numeric, boolean and date columns by default. */
    public static final Set<String> DEFAULT_MISSING = Set.of("", "NA", "N/A", "n/a", "null", "NULL", "NaN", "-");

    /** Validates and copies the collections. */
    public CsvImportOptions {
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r' || delimiter == quote)) {
            throw new LocalizedArgumentException(Message.of("import.options.delimiter"));
        }
        if (quote == '\n' || quote == '\r') {
            throw new LocalizedArgumentException(Message.of("import.options.quote"));
        }
        if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
            throw new LocalizedArgumentException(Message.of("import.options.decimal"));
        }
        if (decimalSeparator != null && delimiter != null && decimalSeparator.equals(delimiter)) {
            throw new LocalizedArgumentException(Message.of("import.options.decimalDelimiter"));
        }
        if (maxFieldChars < 1) {
            throw new LocalizedArgumentException(Message.of("import.options.maxFieldChars"));
        }
        columnTypes = columnTypes == null ? Map.of() : Map.copyOf(columnTypes);
        missingValues = missingValues == null ? DEFAULT_MISSING : Set.copyOf(missingValues);
    }

    /** Detect everything, fail on bad rows, 100 M characters per field at most. */
    public static CsvImportOptions defaults() {
        return new CsvImportOptions(null, null, '"', null, null, Map.of(), DEFAULT_MISSING, false, 100_000_000);
    }

    /** A copy with the given encoding. */
    public CsvImportOptions withEncoding(Charset value) {
        return new CsvImportOptions(value, delimiter, quote, header, decimalSeparator, columnTypes, missingValues,
                skipBadRows, maxFieldChars);
    }

    /** A copy with the given delimiter. */
    public CsvImportOptions withDelimiter(Character value) {
        return new CsvImportOptions(encoding, value, quote, header, decimalSeparator, columnTypes, missingValues,
                skipBadRows, maxFieldChars);
    }

    /** A copy with the header flag set. */
    public CsvImportOptions withHeader(Boolean value) {
        return new CsvImportOptions(encoding, delimiter, quote, value, decimalSeparator, columnTypes, missingValues,
                skipBadRows, maxFieldChars);
    }

    /** A copy with the decimal separator set. */
    public CsvImportOptions withDecimalSeparator(Character value) {
        return new CsvImportOptions(encoding, delimiter, quote, header, value, columnTypes, missingValues,
                skipBadRows, maxFieldChars);
    }

    /** A copy with per-column type overrides. */
    public CsvImportOptions withColumnTypes(Map<String, ColumnType> value) {
        return new CsvImportOptions(encoding, delimiter, quote, header, decimalSeparator, value, missingValues,
                skipBadRows, maxFieldChars);
    }

    /** A copy that skips bad rows (or not). */
    public CsvImportOptions withSkipBadRows(boolean value) {
        return new CsvImportOptions(encoding, delimiter, quote, header, decimalSeparator, columnTypes, missingValues,
                value, maxFieldChars);
    }

    /** A copy with another field size limit. */
    public CsvImportOptions withMaxFieldChars(int value) {
        return new CsvImportOptions(encoding, delimiter, quote, header, decimalSeparator, columnTypes, missingValues,
                skipBadRows, value);
    }
}
