package io.safesegment.core.data.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseResidentIdsTest {

    /** Widely published example numbers (GB 11643-1999 sample and a common validator test vector). */
    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "44052418800101001, 4"})
    void checkCharacterMatchesKnownNumbers(String body, char expected) {
        assertEquals(expected, ChineseResidentIds.checkCharacter(body));
    }

    @Test
    void generatedIdsCarryBirthDateGenderAndValidCheck() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000));
            boolean male = random.nextBoolean();
            String id = ChineseResidentIds.generate("310104", birth, male, random);
            assertEquals(18, id.length());
            assertEquals("310104", id.substring(0, 6));
            assertEquals(birth.toString().replace("-", ""), id.substring(6, 14));
            assertEquals(male, (id.charAt(16) - '0') % 2 == 1, id);
            assertEquals(Mod112.check(id.substring(0, 17)), id.charAt(17), id);
        }
    }

    @Test
    void rejectsMalformedBodies() {
        assertThrows(IllegalArgumentException.class, () -> ChineseResidentIds.checkCharacter("1234"));
        assertThrows(IllegalArgumentException.class, () -> ChineseResidentIds.checkCharacter("1101051949123100A"));
    }
}
