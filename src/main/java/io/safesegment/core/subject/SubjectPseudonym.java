package io.safesegment.core.subject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A data subject named without their value, for a recorded (replayable) request: HMAC-SHA-256 under a vault key of
 * the key kind and the normalised value ({@link SubjectKey#normalise}). A search compares the same HMAC of every
 * cell, so only a holder of the vault key can test a guess, and the recipe carries no personal value.
 *
 * @param key              what identified the person
 * @param pseudonym        hex HMAC of the whole normalised value
 * @param suffixPseudonyms phones only: hex HMACs of the value's trailing 9+ digits (a stored number without the
 *                         country code the person gave still matches, as in a search by value)
 * @param maskedForms      what the value became in masked datasets under their policies' keyed deterministic rules at
 *                         recording time (pseudonyms or deterministic ciphertexts, keyed values, never the value)
 */
public record SubjectPseudonym(SubjectKey key, String pseudonym, List<String> suffixPseudonyms,
                               List<String> maskedForms) {
    /** Trailing digits of a phone compared by suffix (as {@link SubjectKey#matches}). */
    private static final int PHONE_SUFFIX = 9;

    /** Validates. */
    public SubjectPseudonym {
        Objects.requireNonNull(key, "key");
        if (pseudonym == null || !pseudonym.matches("[0-9a-f]{64}")) {
            throw new io.safesegment.core.i18n.LocalizedArgumentException(io.safesegment.core.i18n.Message.of(
                    "subject.subjectPseudonym.format"));
        }
        suffixPseudonyms = suffixPseudonyms == null ? List.of() : List.copyOf(suffixPseudonyms);
        maskedForms = maskedForms == null ? List.of() : List.copyOf(maskedForms);
    }

    /** The pseudonym of {@code query} under {@code hmacKey} (the key bytes are not kept). */
    public static SubjectPseudonym of(SubjectQuery query, byte[] hmacKey, List<String> maskedForms) {
        String n = query.key().normalise(query.value());
        List<String> suffixes = new ArrayList<>();
        if (query.key() == SubjectKey.PHONE) {
            for (int len = n.length() - 1; len >= PHONE_SUFFIX; len--) {
                suffixes.add(hmac(hmacKey, query.key(), n.substring(n.length() - len)));
            }
        }
        return new SubjectPseudonym(query.key(), hmac(hmacKey, query.key(), n), suffixes, maskedForms);
    }

    /** Tests stored cells against this pseudonym with the same vault key. */
    Matcher matcher(byte[] hmacKey) {
        return new Matcher(this, hmacKey.clone());
    }

    static String hmac(byte[] key, SubjectKey kind, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(kind.code().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Cell test: the same comparison as a search by value, on HMACs. */
    static final class Matcher {
        private final SubjectPseudonym subject;
        private final byte[] key;
        private final Set<String> suffixes;
        private final Set<String> masked;

        private Matcher(SubjectPseudonym subject, byte[] key) {
            this.subject = subject;
            this.key = key;
            this.suffixes = new LinkedHashSet<>(subject.suffixPseudonyms());
            this.masked = new LinkedHashSet<>(subject.maskedForms());
        }

        boolean matches(String cell, boolean maskedDataset) {
            if (cell == null || cell.isEmpty()) {
                return false;
            }
            if (maskedDataset && masked.contains(cell)) {
                return true;
            }
            SubjectKey kind = subject.key();
            String c = kind.normalise(cell);
            if (c.charAt(0) == '\u0000') {
                return false; // a short digit run never matches a phone
            }
            String h = hmac(key, kind, c);
            if (h.equals(subject.pseudonym())) {
                return true;
            }
            if (kind != SubjectKey.PHONE || c.length() < PHONE_SUFFIX) {
                return false;
            }
            if (suffixes.contains(h)) {
                return true; // the stored number is the given one without its leading digits
            }
            for (int len = c.length() - 1; len >= PHONE_SUFFIX; len--) {
                if (hmac(key, kind, c.substring(c.length() - len)).equals(subject.pseudonym())) {
                    return true; // the given number is the stored one without its leading digits
                }
            }
            return false;
        }

        void wipe() {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }
}
