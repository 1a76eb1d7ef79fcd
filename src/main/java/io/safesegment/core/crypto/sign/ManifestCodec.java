package io.safesegment.core.crypto.sign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;

/**
 * The byte form that is signed: compact JSON with a fixed property order. Verification re-encodes the parsed
 * manifest, so whitespace or key order in the file does not matter but every value does; unknown fields are
 * rejected so nothing unsigned can ride along.
 */
final class ManifestCodec {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestCodec() {
    }

    static byte[] canonical(ExportManifest manifest) {
        try {
            return MAPPER.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("sign.manifestCodec.manifestCannotBeEncoded"), e);
        }
    }
}
