package io.safesegment.core.privacy.detect;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names in English and Chinese, recognised from dictionaries (as Presidio does without an NER model):
 * <ul>
 *   <li>English: two to four capitalised words, at least one of them a common given name or surname;</li>
 *   <li>Chinese: two to four Han characters starting with a common surname (single or compound, e.g. 欧阳).</li>
 * </ul>
 */
public final class PersonNameRecognizer implements ValueRecognizer {
    private static final Set<String> ENGLISH_NAMES = load("/privacy/english-names.txt");
    private static final Set<String> CHINESE_SURNAMES = load("/privacy/chinese-surnames.txt");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]+(\\s+((van|von|der|den|de|da|di|du|del|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'\\-.]*){1,3}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}{2,4}");

    @Override
    public EntityType entity() {
        return EntityType.PERSON_NAME;
    }

    @Override
    public double specificity() {
        return 0.9;
    }

    @Override
    public boolean matches(String value) {
        if (CHINESE.matcher(value).matches()) {
            return CHINESE_SURNAMES.contains(value.substring(0, 1))
                    || (value.length() >= 3 && CHINESE_SURNAMES.contains(value.substring(0, 2)));
        }
        if (value.length() > 60 || !ENGLISH.matcher(value).matches()) {
            return false;
        }
        for (String token : value.split("[\\s\\-]+")) {
            if (ENGLISH_NAMES.contains(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PersonNameRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LocalizedStateException(Message.of("detect.personNameRecognizer.missingNameList", resource));
            }
            Set<String> names = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> names.add(l.toLowerCase(Locale.ROOT)));
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
