package io.safesegment.core.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search by keyed pseudonym finds exactly the cells a search by value finds (the value comparison is the
 * reference, over every pair of the lists below), and the pseudonym reveals nothing without the key.
 */
class SubjectPseudonymTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final List<String> EMAILS = List.of("Wang.Fang@Example.com", " wang.fang@example.com ",
            "wang.fang@example.org", "li.na@example.com", "", "not an e-mail", "WANG.FANG@EXAMPLE.COM");
    private static final List<String> PHONES = List.of("+86 150 1234 5678", "15012345678", "8615012345678",
            "150-1234-5678", "0150 1234 5678", "12345", "5678", "+44 20 7946 0000", "2079460000", "345678",
            "1234 5678", "+1 (415) 555-0100", "4155550100", "");
    private static final List<String> IDS = List.of("C0000007", " C0000007", "c0000007", "C00000070", "7");

    private static void sameAsByValue(SubjectKey key, List<String> values) {
        for (String query : values) {
            if (query.isBlank() || key == SubjectKey.PHONE && query.replaceAll("\\D", "").length() < 6) {
                continue; // not a valid query
            }
            SubjectQuery q = new SubjectQuery(key, query);
            SubjectPseudonym.Matcher m = SubjectPseudonym.of(q, KEY, List.of()).matcher(KEY);
            String normalised = key.normalise(query);
            for (String cell : values) {
                assertEquals(key.matches(cell, normalised), m.matches(cell, false),
                        key + " query '" + query + "' cell '" + cell + "'");
            }
        }
    }

    @Test
    void findsWhatASearchByValueFinds() {
        sameAsByValue(SubjectKey.EMAIL, EMAILS);
        sameAsByValue(SubjectKey.PHONE, PHONES);
        sameAsByValue(SubjectKey.ID, IDS);
    }

    @Test
    void maskedFormsMatchOnlyInMaskedDatasets() {
        SubjectPseudonym p = SubjectPseudonym.of(new SubjectQuery(SubjectKey.EMAIL, "a@b.c"), KEY,
                List.of("E-6ad98b9a892fb048"));
        SubjectPseudonym.Matcher m = p.matcher(KEY);
        assertEquals(true, m.matches("E-6ad98b9a892fb048", true));
        assertFalse(m.matches("E-6ad98b9a892fb048", false));
    }

    @Test
    void thePseudonymDependsOnTheKeyAndHidesTheValue() {
        SubjectQuery q = new SubjectQuery(SubjectKey.EMAIL, "wang.fang@example.com");
        SubjectPseudonym a = SubjectPseudonym.of(q, KEY, List.of());
        SubjectPseudonym b = SubjectPseudonym.of(q, "another key of thirty-two bytes!".getBytes(
                StandardCharsets.US_ASCII), List.of());
        assertNotEquals(a.pseudonym(), b.pseudonym());
        assertFalse(a.toString().contains("wang"));
        assertFalse(a.matcher("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII))
                .matches("wang.fang@example.com", false), "another key finds nobody");
        assertThrows(IllegalArgumentException.class, () -> new SubjectPseudonym(SubjectKey.EMAIL,
                "wang.fang@example.com", List.of(), List.of()));
    }
}
