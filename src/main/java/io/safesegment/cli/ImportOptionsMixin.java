package io.safesegment.cli;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImportOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Import options shared by commands that read a data file. */
final class ImportOptionsMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--encoding", paramLabel = "E", description = "Text encoding, e.g. UTF-8, GB18030, windows-1252 "
            + "(default: detect).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "Field separator: a character or 'tab' "
            + "(default: detect).")
    String delimiter;

    @Option(names = "--no-header", description = "The first row is data, not column names.")
    boolean noHeader;

    @Option(names = "--skip-bad-rows", description = "Skip malformed rows and report them instead of failing.")
    boolean skipBadRows;

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", description = "Declare a column type (INTEGER, DECIMAL, "
            + "TEXT, CATEGORY, BOOLEAN, DATE, DATE_TIME); repeatable.")
    List<String> types = List.of();

    CsvImportOptions toOptions() {
        CsvImportOptions o = CsvImportOptions.defaults().withSkipBadRows(skipBadRows);
        if (encoding != null) {
            try {
                o = o.withEncoding(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(spec.commandLine(), "Unknown encoding '" + encoding
                        + "'; try UTF-8, UTF-16LE, GB18030, windows-1252 or ISO-8859-1");
            }
        }
        if (delimiter != null) {
            String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw new ParameterException(spec.commandLine(), "--delimiter takes one character or 'tab'");
            }
            o = o.withDelimiter(d.charAt(0));
        }
        if (noHeader) {
            o = o.withHeader(false);
        }
        Map<String, ColumnType> declared = new LinkedHashMap<>();
        for (String t : types) {
            int eq = t.lastIndexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--type takes COLUMN=TYPE, e.g. phone=TEXT");
            }
            try {
                declared.put(t.substring(0, eq), ColumnType.valueOf(t.substring(eq + 1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Unknown type in --type " + t + "; use one of "
                        + List.of(ColumnType.values()));
            }
        }
        try {
            return o.withColumnTypes(declared);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
