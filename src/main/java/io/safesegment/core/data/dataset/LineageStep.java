package io.safesegment.core.data.dataset;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step that made a dataset, kept in its lineage: what was done and with which parameters. Parameters are
 * settings (file names, policy ids, join keys, step descriptions) — never secrets, keys or personal values; callers
 * are responsible for passing only such settings.
 *
 * @param kind       e.g. {@code import}, {@code clean}, {@code join}, {@code mask}
 * @param parameters setting name → value (strings, numbers, booleans or lists of them)
 */
public record LineageStep(String kind, Map<String, Object> parameters) {
    /** Validates and copies, keeping the parameter order. */
    public LineageStep {
        if (kind == null || kind.isBlank()) {
            throw new LocalizedArgumentException(Message.of("dataset.lineageStep.aLineageStepNeeds"));
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** A step with parameters given as alternating name, value pairs. */
    public static LineageStep of(String kind, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new LocalizedArgumentException(Message.of("dataset.lineageStep.lineageStepParametersCome"));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(String.valueOf(nameValuePairs[i]), nameValuePairs[i + 1]);
        }
        return new LineageStep(kind, parameters);
    }
}
