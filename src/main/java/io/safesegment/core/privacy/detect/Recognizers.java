package io.safesegment.core.privacy.detect;

import java.util.List;

/** The built-in recognisers, in the order their results are reported when confidence ties. */
public final class Recognizers {
    private Recognizers() {
    }

    /** A fresh list of every built-in recogniser. */
    public static List<ValueRecognizer> all() {
        return List.of(new EmailRecognizer(), new CnResidentIdRecognizer(), new UsSsnRecognizer(),
                new CreditCardRecognizer(), new IbanRecognizer(), new PhoneRecognizer(), new IpAddressRecognizer(),
                new MacAddressRecognizer(), new UrlRecognizer(), new GpsRecognizer(), new StreetAddressRecognizer(),
                new PersonNameRecognizer(), new PassportRecognizer(), new DateOfBirthRecognizer(),
                new GenderRecognizer(), new PostcodeRecognizer(), new AgeRecognizer());
    }
}
