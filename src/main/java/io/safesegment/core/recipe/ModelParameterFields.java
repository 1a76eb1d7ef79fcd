package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.ModelParameters;
import java.util.Map;

/**
 * The {@code parameters} field of {@code recommend} and {@code evaluate} steps: the models' hyper-parameters as
 * {@code {"itemKnn": {"neighbours": 20}, "als": {"factors": 32, …}, …}}, one object per component of
 * {@link ModelParameters} holding only what differs from the documented defaults. A replay starts from
 * {@code ModelParameters.defaults(seed)} and applies the recorded values, so a step without the field replays the
 * defaults as before, and the seeds inside the models always come from the step's {@code seed}. The JSON follows the
 * records' component names, so a parameter added to a model is recorded without a change here.
 */
final class ModelParameterFields {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ModelParameterFields() {
    }

    /** The fields of {@code parameters} that differ from the defaults for {@code seed}; empty when none do. */
    static ObjectNode toJson(ModelParameters parameters, long seed) {
        ObjectNode given = JSON.valueToTree(parameters);
        ObjectNode defaults = JSON.valueToTree(ModelParameters.defaults(seed));
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> model : given.properties()) {
            ObjectNode changed = JSON.createObjectNode();
            JsonNode base = defaults.get(model.getKey());
            for (Map.Entry<String, JsonNode> field : model.getValue().properties()) {
                if (!field.getKey().equals("seed") && !field.getValue().equals(base.get(field.getKey()))) {
                    changed.set(field.getKey(), field.getValue());
                }
            }
            if (!changed.isEmpty()) {
                out.set(model.getKey(), changed);
            }
        }
        return out;
    }

    /**
     * The hyper-parameters of a step: the defaults for {@code seed} with {@code recorded} applied.
     *
     * @throws StepOptions.FieldException naming {@code parameters.<model>} for an unknown model or field, a wrong
     *                                    type or a value out of range
     */
    static ModelParameters fromJson(JsonNode recorded, long seed) {
        ObjectNode merged = JSON.valueToTree(ModelParameters.defaults(seed));
        if (recorded != null) {
            for (Map.Entry<String, JsonNode> model : recorded.properties()) {
                JsonNode base = merged.get(model.getKey());
                if (base == null || !model.getValue().isObject()) {
                    throw new StepOptions.FieldException("parameters." + model.getKey(), Message.of(
                            "recipe.error.parameterModel", String.valueOf(iterable(merged))));
                }
                for (Map.Entry<String, JsonNode> field : model.getValue().properties()) {
                    if (!base.has(field.getKey()) || field.getKey().equals("seed")) {
                        throw new StepOptions.FieldException("parameters." + model.getKey() + "." + field.getKey(),
                                Message.of("recipe.error.parameterField", String.valueOf(iterable(base))));
                    }
                    ((ObjectNode) base).set(field.getKey(), field.getValue());
                }
            }
        }
        try {
            return JSON.treeToValue(merged, ModelParameters.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new StepOptions.FieldException("parameters", Message.of("recipe.error.parameterValue",
                    String.valueOf(cause.getMessage())));
        }
    }

    private static java.util.List<String> iterable(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(n -> {
            if (!n.equals("seed")) {
                names.add(n);
            }
        });
        return names;
    }
}
