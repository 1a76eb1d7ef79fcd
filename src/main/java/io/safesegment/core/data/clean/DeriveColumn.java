package io.safesegment.core.data.clean;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Adds a column computed from a date or date-time column.
 *
 * @param source     date or date-time column
 * @param derivation what to compute
 * @param target     name of the new column
 * @param asOf       reference date for ages and tenures (fixed, so re-running the recipe gives the same result)
 */
public record DeriveColumn(String source, Derivation derivation, String target, LocalDate asOf)
        implements CleaningStep {
    /** What can be derived. */
    public enum Derivation {
        /** Whole years between the date and {@code asOf} (age from a birth date). */
        AGE_YEARS,
        /** Whole months between the date and {@code asOf} (tenure from a signup date). */
        TENURE_MONTHS,
        /** Days between the date and {@code asOf}. */
        DAYS_SINCE,
        /** Calendar year. */
        YEAR,
        /** Month 1-12. */
        MONTH,
        /** Day of week, MONDAY..SUNDAY. */
        WEEKDAY
    }

    /** Validates the step. */
    public DeriveColumn {
        if (derivation == null || target == null || target.isBlank()) {
            throw new LocalizedArgumentException(Message.of("derive.error.choose"));
        }
        boolean relative = derivation == Derivation.AGE_YEARS || derivation == Derivation.TENURE_MONTHS
                || derivation == Derivation.DAYS_SINCE;
        if (relative && asOf == null) {
            throw new LocalizedArgumentException(Message.of("derive.error.noReferenceDate"));
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        Table out = table.copy();
        Column<?> c = Columns.require(out, source);
        if (!(c instanceof DateColumn) && !(c instanceof DateTimeColumn)) {
            throw new CleaningException(Message.of("clean.deriveColumn.column", source, c.type().name()));
        }
        if (out.containsColumn(target)) {
            throw new CleaningException(Message.of("clean.deriveColumn.aColumnNamed", target));
        }
        int n = c.size();
        Column<?> derived;
        if (derivation == Derivation.WEEKDAY) {
            String[] days = new String[n];
            for (int r = 0; r < n; r++) {
                LocalDate d = date(c, r);
                days[r] = d == null ? "" : d.getDayOfWeek().name();
            }
            derived = StringColumn.create(target, days);
        } else {
            IntColumn ints = IntColumn.create(target, n);
            for (int r = 0; r < n; r++) {
                LocalDate d = date(c, r);
                if (d == null) {
                    ints.setMissing(r);
                    continue;
                }
                long value = switch (derivation) {
                    case AGE_YEARS -> ChronoUnit.YEARS.between(d, asOf);
                    case TENURE_MONTHS -> ChronoUnit.MONTHS.between(d, asOf);
                    case DAYS_SINCE -> ChronoUnit.DAYS.between(d, asOf);
                    case YEAR -> d.getYear();
                    case MONTH -> d.getMonthValue();
                    case WEEKDAY -> throw new LocalizedStateException(Message.of("clean.deriveColumn.handledAbove"));
                };
                ints.set(r, (int) value);
            }
            derived = ints;
        }
        out.insertColumn(out.columnIndex(source) + 1, derived);
        return StepOutcome.of(out, "\"" + target + "\" derived from \"" + source + "\"", n);
    }

    private static LocalDate date(Column<?> c, int r) {
        if (c.isMissing(r)) {
            return null;
        }
        if (c instanceof DateColumn d) {
            return d.get(r);
        }
        LocalDateTime t = ((DateTimeColumn) c).get(r);
        return t.toLocalDate();
    }

    @Override
    public String describe() {
        return "Derive " + target + " (" + derivation.name().toLowerCase() + ") from " + source;
    }
}
