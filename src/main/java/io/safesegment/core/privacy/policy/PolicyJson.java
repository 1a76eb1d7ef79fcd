package io.safesegment.core.privacy.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.safesegment.core.PrintableText;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes policies as pretty, stable JSON (field order fixed, one parameter per line). */
public final class PolicyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PolicyJson() {
    }

    /** Serialises a policy. */
    public static String toJson(MaskingPolicy policy) {
        try {
            return MAPPER.writeValueAsString(policy) + "\n";
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.policyJson.cannotSerialisePolicy", policy.id(), LocalizedMessage.of(e)), e);
        }
    }

    /** Parses a policy; errors say where the JSON is wrong. */
    public static MaskingPolicy fromJson(String json, String source) {
        try {
            MaskingPolicy p = MAPPER.readValue(json, MaskingPolicy.class);
            if (p == null) {
                throw new PolicyException(Message.of("policy.policyJson.holdsJsonNullExpected", source));
            }
            if (p.formatVersion() > MaskingPolicy.FORMAT_VERSION) {
                throw new PolicyException(Message.of("policy.policyJson.usesPolicyFormat", source, p.formatVersion(), MaskingPolicy.FORMAT_VERSION));
            }
            return p;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            // Jackson quotes the offending field names and tokens: sanitised and bounded, as they come from the file.
            throw new PolicyException(Message.of("policy.policyJson.isNotAValid", source, where, io.safesegment.core.PrintableText.of(e.getOriginalMessage(), 300)), e);
        }
    }

    /** Reads a policy file. */
    public static MaskingPolicy read(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new PolicyException(Message.of("policy.policyJson.policyFile", file), e);
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.policyJson.cannotReadPolicyFile", file, LocalizedMessage.of(e)), e);
        }
    }

    /** Writes a policy file atomically. */
    public static void write(MaskingPolicy policy, Path file) {
        try {
            AtomicFiles.writeString(file, toJson(policy), true);
        } catch (IOException e) {
            throw new PolicyException(Message.of("policy.policyJson.cannotWritePolicyFile", file, LocalizedMessage.of(e)), e);
        }
    }
}
