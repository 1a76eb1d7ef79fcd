package io.safesegment.core.privacy.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Positive examples and look-alike negatives for every recogniser. */
class RecognizersTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "li.wei+news@example.org", "a_b@sub.example.net"})
    void emails(String v) {
        assertTrue(new EmailRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@", "@example.com", "jane doe@example.com", "jane@example", "not an email"})
    void emailLookAlikes(String v) {
        assertFalse(new EmailRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 138 0013 8000", "+8613912345678", "(201) 555-0123", "+1 201 555 0123",
        "020 7946 0018", "+44 7911 123456", "13812345678"})
    void phones(String v) {
        assertTrue(new PhoneRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "2024-01-05", "+86 123", "000-000-0000", "3.14159", "+999 123 456 789"})
    void phoneLookAlikes(String v) {
        assertFalse(new PhoneRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"})
    void creditCards(String v) {
        assertTrue(new CreditCardRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567812345678", "5500000000000005", "41111111", "0000000000000000"})
    void creditCardLookAlikesFailLuhnOrIssuer(String v) {
        assertFalse(new CreditCardRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"})
    void ibans(String v) {
        assertTrue(new IbanRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765433", "DE89370400440532013001", "XX89370400440532013000"})
    void ibanLookAlikesFailMod97(String v) {
        assertFalse(new IbanRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-6789", "078-05-1121", "899 99 9999"})
    void ssns(String v) {
        assertTrue(new UsSsnRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "123456789"})
    void ssnLookAlikesBreakTheRules(String v) {
        assertFalse(new UsSsnRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440305199003071236", "31010419851231002X"})
    void chineseResidentIds(String v) {
        assertTrue(new CnResidentIdRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440524188001010015", "110105194913310028", "11010519491231002",
        "010105194912310026"})
    void chineseIdLookAlikesFailCheckDigitOrDate(String v) {
        assertFalse(new CnResidentIdRecognizer().matches(v), v);
    }

    @Test
    void chineseIdCheckCharacterMatchesTheStandardExample() {
        assertEquals('X', CnResidentIdRecognizer.checkCharacter("11010519491231002"));
        assertEquals('4', CnResidentIdRecognizer.checkCharacter("44052418800101001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.20", "8.8.8.8", "2001:db8::1", "fe80::1ff:fe23:4567:890a"})
    void ipAddresses(String v) {
        assertTrue(new IpAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "12:34", "3.14", "2001:db8:::1"})
    void ipLookAlikes(String v) {
        assertFalse(new IpAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e"})
    void macAddresses(String v) {
        assertTrue(new MacAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "12:30:45"})
    void macLookAlikes(String v) {
        assertFalse(new MacAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/u/jane", "http://example.org", "ftp://files.example.net/a.txt"})
    void urls(String v) {
        assertTrue(new UrlRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "https://", "htp://example.com", "not a url"})
    void urlLookAlikes(String v) {
        assertFalse(new UrlRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"90210", "90210-1234", "SW1A 1AA", "EC1A1BB", "100080"})
    void postcodes(String v) {
        assertTrue(new PostcodeRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9021", "SW1A", "012345", "1000800"})
    void postcodeLookAlikes(String v) {
        assertFalse(new PostcodeRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"221B Baker Street", "1600 Pennsylvania Avenue NW", "400 W Main St Apt 5", "长安街12号",
        "上海市南京东路100弄3号"})
    void streetAddresses(String v) {
        assertTrue(new StreetAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baker Street", "12 apples", "长安街", "Main"})
    void streetAddressLookAlikes(String v) {
        assertFalse(new StreetAddressRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-03-14", "1985/3/14", "14.03.1985", "1985年3月14日"})
    void birthDates(String v) {
        assertTrue(new DateOfBirthRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1850-01-01", "2999-01-01", "1985-13-14", "yesterday"})
    void birthDateLookAlikes(String v) {
        assertFalse(new DateOfBirthRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "120"})
    void ages(String v) {
        assertTrue(new AgeRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"121", "-3", "4.5", "1000"})
    void ageLookAlikes(String v) {
        assertFalse(new AgeRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M", "female", "Male", "男", "女", "non-binary"})
    void genders(String v) {
        assertTrue(new GenderRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "MF", "人"})
    void genderLookAlikes(String v) {
        assertFalse(new GenderRecognizer().matches(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"39.9042, 116.4074", "(51.5074,-0.1278)", "-33.8688; 151.2093"})
    void gps(String v) {
        assertTrue(new GpsRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91.0000, 10.0000", "39.9, 116.4", "1,234", "12.345"})
    void gpsLookAlikes(String v) {
        assertFalse(new GpsRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"John Smith", "Mary-Ann O'Neil", "Emma van der Berg", "王伟", "张小红", "欧阳娜娜"})
    void personNames(String v) {
        assertTrue(new PersonNameRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Blue Widget Deluxe", "john smith lowercase", "北京", "产品目录", "Acme"})
    void personNameLookAlikes(String v) {
        assertFalse(new PersonNameRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E12345678", "G1234567", "AB123456"})
    void passports(String v) {
        assertTrue(new PassportRecognizer().matches(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e12345678", "E12345", "ABC1234567"})
    void passportLookAlikes(String v) {
        assertFalse(new PassportRecognizer().matches(v), v);
    }
}
