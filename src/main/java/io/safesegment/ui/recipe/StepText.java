package io.safesegment.ui.recipe;

import static io.safesegment.ui.common.I18n.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.recipe.FieldType;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a recorded step reads in the panel: the kind in the UI language, a one-line summary of its parameters and its
 * JSON. The summary keeps the recipe's field names ({@code k=5 · seed=42}): they are what {@code safesegment run
 * --set step.field=value} and the recipe file use, so a user can find them again.
 */
final class StepText {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_VALUE = 48;
    /** The outcome status of a step that a cancelled, blocked or failed replay did not reach. */
    static final String NOT_RUN = "notRun";

    private StepText() {
    }

    /** The row for {@code step}, without an outcome. */
    static StepRow row(RecipeStep step) {
        return new StepRow(step.number(), kind(step.kind()), step.name(), summary(step), json(step), "");
    }

    /** The kind's name in the UI language. */
    static String kind(StepKind kind) {
        return switch (kind) {
            case IMPORT -> i18n("recipe.kind.import");
            case POSTGRES -> i18n("recipe.kind.postgres");
            case ROLES -> i18n("recipe.kind.roles");
            case CLEAN -> i18n("recipe.kind.clean");
            case JOIN -> i18n("recipe.kind.join");
            case DERIVE -> i18n("recipe.kind.derive");
            case MASK -> i18n("recipe.kind.mask");
            case ANONYMISE -> i18n("recipe.kind.anonymise");
            case SEGMENT -> i18n("recipe.kind.segment");
            case RFM -> i18n("recipe.kind.rfm");
            case RECOMMEND -> i18n("recipe.kind.recommend");
            case EVALUATE -> i18n("recipe.kind.evaluate");
            case EXPORT -> i18n("recipe.kind.export");
            case ENCRYPT -> i18n("recipe.kind.encrypt");
            case CLV -> i18n("recipe.kind.clv");
            case CAMPAIGN -> i18n("recipe.kind.campaign");
            case ERASE -> i18n("recipe.kind.erase");
            case BACKUP -> i18n("recipe.kind.backup");
        };
    }

    /**
     * The step's fields in the kind's declared order (inputs first), {@code field=value} joined by " · ": files by
     * their name, lists of objects (cleaning steps) by their count, long values shortened (the tooltip has them all).
     */
    static String summary(RecipeStep step) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, FieldType> field : step.kind().fields().entrySet()) {
            JsonNode value = step.get(field.getKey());
            if (value != null) {
                parts.add(field.getKey() + "=" + shorten(value(field.getValue(), value)));
            }
        }
        return String.join(" · ", parts);
    }

    private static String value(FieldType type, JsonNode value) {
        if (type == FieldType.FILE && value.isTextual()) {
            Path name = Path.of(value.asText()).getFileName();
            return name == null ? value.asText() : name.toString();
        }
        if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
            return "[" + value.size() + "]";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(",", items);
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }

    /** The step as a recipe file holds it, indented. */
    static String json(RecipeStep step) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", step.kind().id());
        node.put("name", step.name());
        node.setAll(step.fields());
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return node.toString();
        }
    }

    /** A step's outcome status from the runner in the UI language. */
    static String outcome(String status) {
        return switch (status) {
            case "done" -> i18n("recipe.outcome.done");
            case "valid" -> i18n("recipe.outcome.valid");
            case "blocked" -> i18n("recipe.outcome.blocked");
            case NOT_RUN -> i18n("recipe.outcome.notRun");
            default -> status;
        };
    }
}
