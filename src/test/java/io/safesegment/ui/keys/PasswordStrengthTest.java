package io.safesegment.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordStrengthTest {
    @ParameterizedTest
    @CsvSource({
        "'', NONE",
        "a, WEAK",
        "password, WEAK",
        "passwordpassword, WEAK",
        "passw0rdpass, FAIR",
        "Passw0rd!abc, FAIR",
        "Passw0rd!abcde, STRONG",
        "correct horse battery, STRONG",
    })
    void ratesLengthAndVariety(String password, PasswordStrength expected) {
        assertEquals(expected, PasswordStrength.of(password));
    }
}
