package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** zxcvbn's estimate as SafeSegment shows it: guessable patterns are weak whatever their character variety. */
class PasswordStrengthTest {
    @ParameterizedTest
    @CsvSource({
        "'', NONE",
        "a, WEAK",
        "abc, WEAK",
        "password, WEAK",
        "passwordpassword, WEAK",
        "Passw0rd!, WEAK",
        "qwertyuiop, WEAK",
        "20201231, WEAK",
        "right one, FAIR",
        "Passw0rd!abc, FAIR",
        "Passw0rd!abcde, STRONG",
        "correct horse battery, STRONG",
        "violet harbour 42, STRONG",
        "violet harbour 42 pw, STRONG",
        "我的猫叫小白它三岁了, STRONG",
    })
    void ratesGuessability(String password, PasswordStrength expected) {
        assertEquals(expected, PasswordStrength.of(password));
    }

    @ParameterizedTest
    @CsvSource({
        "abc, SEQUENCE",
        "654321a, COMMON_PASSWORD",
        "password, COMMON_PASSWORD",
        "aaaaaaaa, SEQUENCE",
        "abcabcabc, REPEAT",
        "tgbnhy, KEYBOARD",
        "20201231, DATE",
        "maria, WORD",
        "x7#, SHORT",
    })
    void weakPasswordsCarryTheirReason(String password, PasswordRating.Reason reason) {
        PasswordRating rating = PasswordRating.of(password);
        assertTrue(rating.weak(), password);
        assertEquals(Optional.of(reason), rating.reason(), password);
    }

    @Test
    void strongPasswordsHaveNoReasonAndTheMeterFillsUp() {
        PasswordRating rating = PasswordRating.of("correct horse battery staple");
        assertEquals(Optional.empty(), rating.reason());
        assertEquals(4, rating.score());
        assertEquals(1.0, rating.strength().fill());
        assertEquals(0.0, PasswordStrength.NONE.fill());
    }

    @Test
    void ratingLeavesTheCallersCharactersIntact() {
        char[] password = "abc".toCharArray();
        PasswordRating.of(java.nio.CharBuffer.wrap(password));
        assertEquals("abc", new String(password), "zxcvbn's wipe() must not reach the caller's array");
        StringBuilder field = new StringBuilder("correct horse");
        PasswordRating.of(field);
        assertEquals("correct horse", field.toString());
    }

    @Test
    void veryLongPasswordsAreRatedWithoutDelayOnTheirFirstHundredCharacters() {
        String longPhrase = "correct horse battery staple ".repeat(200);
        assertEquals(PasswordStrength.STRONG, PasswordStrength.of(longPhrase));
    }
}
