package io.safesegment.core.data.clean;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TypeInference;
import io.safesegment.core.data.io.ValueParsers;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Converts a text column to numbers or dates. Values that do not parse become missing and are reported (the first 20
 * distinct ones), so the user can fix them and re-run.
 *
 * @param column           text column
 * @param target           INTEGER, DECIMAL, DATE or DATE_TIME
 * @param pattern          date pattern (e.g. {@code dd.MM.yyyy}); null to detect from the values
 * @param decimalSeparator {@code .} or {@code ,} for numbers
 */
public record ParseColumn(String column, ColumnType target, String pattern, char decimalSeparator)
        implements CleaningStep {
    private static final int MAX_REPORTED = 20;

    /** Validates the step. */
    public ParseColumn {
        if (target != ColumnType.INTEGER && target != ColumnType.DECIMAL && target != ColumnType.DATE
                && target != ColumnType.DATE_TIME) {
            throw new LocalizedArgumentException(Message.of("clean.parseColumn.textCanBeParsed"));
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            decimalSeparator = '.';
        }
        if (pattern != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                // Checked here so a recipe with a broken pattern is refused when read, naming the step.
                throw new LocalizedArgumentException(Message.of("clean.parseColumn.theDatePatternIs", LocalizedMessage.of(e)), e);
            }
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        Table out = table.copy();
        StringColumn source = Columns.text(out, column);
        int n = source.size();
        Set<String> failed = new LinkedHashSet<>();
        long failures = 0;
        Column<?> parsed;
        switch (target) {
            case INTEGER -> {
                LongColumn c = LongColumn.create(column, n);
                for (int r = 0; r < n; r++) {
                    String v = source.get(r).strip();
                    long x = v.isEmpty() ? ValueParsers.NOT_AN_INTEGER : ValueParsers.parseInteger(v);
                    if (x == ValueParsers.NOT_AN_INTEGER) {
                        c.setMissing(r);
                        failures += noteFailure(v, failed);
                    } else {
                        c.set(r, x);
                    }
                }
                parsed = c;
            }
            case DECIMAL -> {
                DoubleColumn c = DoubleColumn.create(column, n);
                for (int r = 0; r < n; r++) {
                    String v = source.get(r).strip();
                    double x = ValueParsers.parseDecimal(v, decimalSeparator);
                    c.set(r, x);
                    if (Double.isNaN(x)) {
                        failures += noteFailure(v, failed);
                    }
                }
                parsed = c;
            }
            case DATE -> {
                String p = pattern != null ? pattern : detect(source, ColumnType.DATE, "yyyy-MM-dd");
                ValueParsers.DateParser parser = ValueParsers.dateParser(p);
                DateColumn c = DateColumn.create(column, n);
                for (int r = 0; r < n; r++) {
                    String v = source.get(r).strip();
                    int x = v.isEmpty() ? ValueParsers.NOT_A_DATE : parser.parse(v);
                    if (x == ValueParsers.NOT_A_DATE) {
                        c.setMissing(r);
                        failures += noteFailure(v, failed);
                    } else {
                        c.set(r, PackedLocalDate.asLocalDate(x));
                    }
                }
                parsed = c;
            }
            default -> {
                String p = pattern != null ? pattern : detect(source, ColumnType.DATE_TIME, ValueParsers.ISO);
                ValueParsers.DateTimeParser parser = ValueParsers.dateTimeParser(p);
                DateTimeColumn c = DateTimeColumn.create(column, n);
                for (int r = 0; r < n; r++) {
                    String v = source.get(r).strip();
                    long x = v.isEmpty() ? ValueParsers.NOT_A_DATE_TIME : parser.parse(v);
                    if (x == ValueParsers.NOT_A_DATE_TIME) {
                        c.setMissing(r);
                        failures += noteFailure(v, failed);
                    } else {
                        c.set(r, PackedLocalDateTime.asLocalDateTime(x));
                    }
                }
                parsed = c;
            }
        }
        Columns.replace(out, parsed);
        List<String> reported = new ArrayList<>(failed);
        return new StepOutcome(out, "\"" + column + "\" parsed as " + target + "; " + failures
                + " values could not be parsed and are now missing", failures, reported);
    }

    private static int noteFailure(String value, Set<String> failed) {
        if (value.isEmpty() || CsvImportOptions.DEFAULT_MISSING.contains(value)) {
            return 0;
        }
        if (failed.size() < MAX_REPORTED) {
            failed.add(value);
        }
        return 1;
    }

    /** The pattern that parses the most of the first 1,000 non-empty values, or {@code fallback}. */
    private static String detect(StringColumn source, ColumnType type, String fallback) {
        List<String> sample = new ArrayList<>();
        for (int r = 0; r < source.size() && sample.size() < 1000; r++) {
            String v = source.get(r).strip();
            if (!v.isEmpty()) {
                sample.add(v);
            }
        }
        String best = TypeInference.bestPattern(type, sample);
        return best != null ? best : fallback;
    }

    @Override
    public String describe() {
        return "Parse " + column + " as " + target + (pattern == null ? "" : " (" + pattern + ")");
    }
}
