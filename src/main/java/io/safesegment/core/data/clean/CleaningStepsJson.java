package io.safesegment.core.data.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.PrintableText;
import io.safesegment.core.i18n.Message;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a cleaning recipe (a JSON array of steps) and checks every step before Jackson binds it, so a hand-edited
 * or damaged recipe is refused with the step number and the field at fault ("Step 2 (fill-missing): field
 * \"column\" is missing") instead of a bare NullPointerException or "not valid JSON" from deep inside a step.
 */
final class CleaningStepsJson {
    /** Recipes are small; a deeper document is damage or an attack on the parser's stack. */
    private static final int MAX_DEPTH = 16;
    /** Text echoed from the recipe into a message is cut to this length. */
    private static final int MAX_ECHO = 40;

    /** Step kind → record type, in the order of {@link CleaningStep}'s {@code @JsonSubTypes}. */
    private static final Map<String, Class<? extends CleaningStep>> KINDS = kinds();

    /** Fields a step cannot do without (the others have defaults or are optional). */
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "drop-duplicates", Set.of(),
            "fill-missing", Set.of("column", "strategy"),
            "drop-missing", Set.of(),
            "outliers", Set.of("column", "method", "threshold", "action"),
            "normalise-text", Set.of("column"),
            "parse", Set.of("column", "target"),
            "scale", Set.of("column", "method"),
            "one-hot", Set.of("column"),
            "derive", Set.of("source", "derivation", "target"));

    private CleaningStepsJson() {
    }

    /**
     * The steps of {@code json}.
     *
     * @throws CleaningException naming the step number and field when the recipe is not a valid list of steps
     */
    static List<CleaningStep> read(ObjectMapper mapper, String json) {
        JsonNode root = parse(mapper, json);
        if (!root.isArray()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.theCleaningRecipeMust", kind(root)));
        }
        List<CleaningStep> steps = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            steps.add(step(mapper, root.get(i), i + 1));
        }
        return steps;
    }

    private static JsonNode parse(ObjectMapper mapper, String json) {
        if (json == null || json.isBlank()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.theCleaningRecipeIs"));
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.theCleaningRecipeIs2", e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        }
        if (root == null || root.isMissingNode()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.theCleaningRecipeIs"));
        }
        if (depth(root, 0) > MAX_DEPTH) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.theCleaningRecipeIs3", MAX_DEPTH));
        }
        return root;
    }

    private static int depth(JsonNode node, int level) {
        if (level > MAX_DEPTH) {
            return level;
        }
        int max = level;
        for (JsonNode child : node) {
            max = Math.max(max, depth(child, level + 1));
        }
        return max;
    }

    private static CleaningStep step(ObjectMapper mapper, JsonNode node, int number) {
        if (!node.isObject()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.step", number, kind(node), KINDS.keySet()));
        }
        JsonNode kindNode = node.get("step");
        if (kindNode == null || kindNode.isNull()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.step2", number, KINDS.keySet()));
        }
        if (!kindNode.isTextual()) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.step3", number, kind(kindNode)));
        }
        String kind = kindNode.textValue();
        Class<? extends CleaningStep> type = KINDS.get(kind);
        if (type == null) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.step4", number, echo(kind), KINDS.keySet()));
        }
        String where = "Step " + number + " (" + kind + ")";
        checkFields(node, type, kind, where);
        try {
            return mapper.treeToValue(node, CleaningStep.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CleaningException(Message.of("clean.cleaningStepsJson.x", where, reason(e)));
        }
    }

    private static void checkFields(JsonNode node, Class<? extends CleaningStep> type, String kind, String where) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("step") && !components.containsKey(name)) {
                throw new CleaningException(Message.of("clean.cleaningStepsJson.unknownField", where, echo(name), components.keySet()));
            }
        }
        for (RecordComponent c : components.values()) {
            JsonNode value = node.get(c.getName());
            if (value == null || value.isNull()) {
                if (REQUIRED.get(kind).contains(c.getName())) {
                    throw new CleaningException(Message.of("clean.cleaningStepsJson.field", where, c.getName()));
                }
                continue;
            }
            String problem = typeProblem(c.getType(), value);
            if (problem != null) {
                throw new CleaningException(Message.of("clean.cleaningStepsJson.field2", where, c.getName(), problem));
            }
        }
    }

    /** What is wrong with {@code value} for a component of {@code type}, or null when it fits. */
    private static String typeProblem(Class<?> type, JsonNode value) {
        if (type == String.class) {
            return value.isTextual() ? null : "must be text, not " + kind(value);
        }
        if (type == List.class) {
            if (!value.isArray()) {
                return "must be an array of column names, not " + kind(value);
            }
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    return "must hold column names (text), not " + kind(item);
                }
            }
            return null;
        }
        if (type == boolean.class) {
            return value.isBoolean() ? null : "must be true or false, not " + kind(value);
        }
        if (type == int.class) {
            return value.isIntegralNumber() && value.canConvertToInt() ? null
                    : "must be a whole number up to " + Integer.MAX_VALUE + ", not " + kind(value);
        }
        if (type == double.class) {
            return value.isNumber() && Double.isFinite(value.doubleValue()) ? null
                    : "must be a finite number, not " + kind(value);
        }
        if (type == char.class) {
            return value.isTextual() && value.textValue().length() == 1 ? null : "must be one character";
        }
        if (type == LocalDate.class) {
            return isIsoDate(value) ? null : "must be a date like 2024-12-31";
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            return value.isTextual() && names.contains(value.textValue()) ? null : "must be one of " + names;
        }
        return null;
    }

    private static boolean isIsoDate(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            LocalDate.parse(value.textValue());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The validation message of a step's compact constructor, or a generic one (never Jackson's internals). */
    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && !(t instanceof JsonProcessingException)
                    && t.getMessage() != null && !t.getClass().getName().startsWith("com.fasterxml")) {
                return echo(t.getMessage(), 200);
            }
        }
        return "the step's fields do not fit together";
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }

    private static String echo(String text) {
        return echo(text, MAX_ECHO);
    }

    /** Text from the recipe made safe to print: control characters replaced, length bounded. */
    static String echo(String text, int max) {
        return io.safesegment.core.PrintableText.of(text, max);
    }

    private static Map<String, Class<? extends CleaningStep>> kinds() {
        Map<String, Class<? extends CleaningStep>> kinds = new LinkedHashMap<>();
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t
                : CleaningStep.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
            kinds.put(t.name(), t.value().asSubclass(CleaningStep.class));
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
