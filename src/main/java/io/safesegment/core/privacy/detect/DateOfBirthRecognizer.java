package io.safesegment.core.privacy.detect;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Dates that can be birth dates: a calendar date in a common format that lies between 120 years ago and today.
 * Any date column passes that test, so the column name ("birth", "dob", "出生") carries most of the evidence.
 */
public final class DateOfBirthRecognizer implements ValueRecognizer {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"),
            DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    @Override
    public EntityType entity() {
        return EntityType.DATE_OF_BIRTH;
    }

    @Override
    public double specificity() {
        return 0.3;
    }

    @Override
    public boolean matches(String value) {
        return parse(value).filter(d -> !d.isAfter(LocalDate.now()) && d.isAfter(LocalDate.now().minusYears(120)))
                .isPresent();
    }

    /** Parses {@code value} with the first common date format that accepts it. */
    public static Optional<LocalDate> parse(String value) {
        if (value.length() < 6 || value.length() > 12) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
