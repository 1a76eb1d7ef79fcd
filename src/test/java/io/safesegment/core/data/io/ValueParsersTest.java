package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsers must never accept a value they would change (leading zeros, '+', overflow). */
class ValueParsersTest {

    @ParameterizedTest
    @ValueSource(strings = {"007", "+1", "-0", "00", "1e3", "1.0", " 1", "1 ", "", "-", "1234567890123456789",
        "12a"})
    void integersRejectLossyText(String text) {
        assertEquals(ValueParsers.NOT_AN_INTEGER, ValueParsers.parseInteger(text));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "-5,-5", "123456789012345678,123456789012345678"})
    void integersAccepted(String text, long expected) {
        assertEquals(expected, ValueParsers.parseInteger(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1.5;.;1.5", "-0.25;.;-0.25", "1,5;,;1.5", "2e3;.;2000", ".5;.;0.5",
        "0.5;.;0.5"})
    void decimalsAccepted(String text, char separator, double expected) {
        assertEquals(expected, ValueParsers.parseDecimal(text, separator));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,000.5", "+1.5", "00.5", "NaN", "Infinity", "1.2.3", "1e", "0x10", "1.5 "})
    void decimalsRejected(String text) {
        assertTrue(Double.isNaN(ValueParsers.parseDecimal(text, '.')));
    }

    @ParameterizedTest
    @CsvSource({"2024-02-30", "2023-02-29", "2024-13-01", "24-01-01"})
    void impossibleIsoDatesRejected(String text) {
        assertEquals(ValueParsers.NOT_A_DATE, ValueParsers.dateParser("yyyy-MM-dd").parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "phone;+8613800000001|+15550000002;TEXT",
        "national_id;110101199003077777|01010119900307777X;TEXT",
        "postcode;010010|100080;TEXT",
        "customer_id;1|2|3;INTEGER",
        "amount;1|2.5|;DECIMAL",
        "flag;yes|No|TRUE;BOOLEAN",
        "day;1.2.2024|31.12.2024;DATE",
        "created_at;1700000000000|1600000000000;DATE_TIME",
        "count;1700000000000|1600000000000;INTEGER",
        "when;2024-01-02 10:00:00|2024-01-03 11:30:59;DATE_TIME",
        "tier;gold|gold|silver|gold;CATEGORY",
        "name;Ann|Bob|Cy;TEXT"})
    void inference(String name, String values, ColumnType expected) {
        List<String> list = List.of(values.split("\\|", -1));
        assertEquals(expected, TypeInference.infer(name, list, Set.of(""), '.').type());
    }
}
