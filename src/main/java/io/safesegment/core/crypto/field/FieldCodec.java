package io.safesegment.core.crypto.field;

import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.Message;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Text encoding shared by the field services: UTF-8 plaintext, unpadded base64url ciphertext. */
final class FieldCodec {
    private FieldCodec() {
    }

    static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static String encode(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] decode(String s) {
        try {
            return Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new TamperedDataException(Message.of("field.fieldCodec.encryptedFieldValueIs"), e);
        }
    }
}
