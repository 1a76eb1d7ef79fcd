package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.Recommenders;
import io.safesegment.core.recommend.TuneResult;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code tuning} field of {@code recommend} and {@code evaluate} steps: the search that chose the step's
 * {@code parameters} (decision 0032). A replay fits the recorded {@code parameters} and never re-tunes, so it gives
 * the same model; this field only documents how they were found: {@code {"seed", "models": [{"model", "metric",
 * "defaultValue", "tunedValue", "settingsTried", "chosen"}]}}.
 */
final class TuningField {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MODEL_FIELDS = Set.of("model", "metric", "defaultValue", "tunedValue",
            "settingsTried", "chosen");

    private TuningField() {
    }

    /** The field for a tuning report. */
    static ObjectNode toJson(RecommendationService.TuneReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed", report.seed());
        ArrayNode models = root.putArray("models");
        for (TuneResult r : report.models()) {
            ObjectNode m = models.addObject();
            m.put("model", r.model());
            m.put("metric", r.metric());
            if (r.defaultValue() != null) {
                m.put("defaultValue", r.defaultValue());
            }
            if (r.tunedValue() != null) {
                m.put("tunedValue", r.tunedValue());
            }
            m.put("settingsTried", r.settingsTried());
            m.set("chosen", JSON.valueToTree(r.chosen()));
        }
        return root;
    }

    /** Checks the field's shape; every problem names {@code tuning…}. */
    static void check(RecipeValidator v, RecipeStep s) {
        JsonNode t = s.get("tuning");
        if (t == null) {
            return;
        }
        for (var it = t.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("seed") && !f.equals("models")) {
                v.problem(s, "tuning." + f, Message.of("recipe.error.tuningField"));
            }
        }
        if (!t.path("seed").isIntegralNumber()) {
            v.problem(s, "tuning.seed", Message.of("recipe.error.wrongType", FieldType.INTEGER.description()));
        }
        JsonNode models = t.get("models");
        if (models == null || !models.isArray()) {
            v.problem(s, "tuning.models", Message.of("recipe.error.wrongType", FieldType.OBJECTS.description()));
            return;
        }
        for (int i = 0; i < models.size(); i++) {
            JsonNode m = models.get(i);
            String at = "tuning.models[" + i + "]";
            if (!m.isObject()) {
                v.problem(s, at, Message.of("recipe.error.wrongType", FieldType.OBJECT.description()));
                continue;
            }
            for (var it = m.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!MODEL_FIELDS.contains(f)) {
                    v.problem(s, at + "." + f, Message.of("recipe.error.tuningField"));
                }
            }
            String model = m.path("model").asText("");
            if (!Recommenders.NAMES.contains(model.toLowerCase(Locale.ROOT))) {
                v.problem(s, at + ".model", Message.of("recipe.error.unknownModel", model,
                        String.valueOf(Recommenders.NAMES)));
            }
            if (m.has("chosen") && !m.get("chosen").isObject()) {
                v.problem(s, at + ".chosen", Message.of("recipe.error.wrongType", FieldType.OBJECT.description()));
            }
        }
    }
}
