package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One step of a recipe: its 1-based number, kind, output name and typed fields (validated by
 * {@link RecipeValidator} against {@link StepKind#fields()}).
 *
 * @param number  1-based position in the recipe
 * @param kind    what the step does
 * @param name    the name later steps use for its output
 * @param fields  the step's JSON object (a private copy)
 */
public record RecipeStep(int number, StepKind kind, String name, ObjectNode fields) {
    public RecipeStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        fields = fields.deepCopy();
    }

    /** The field's value, or null when absent or JSON null. */
    public JsonNode get(String field) {
        JsonNode v = fields.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** Text of a field, or {@code fallback}. */
    public String text(String field, String fallback) {
        JsonNode v = get(field);
        return v == null ? fallback : v.asText();
    }

    /** Whole number of a field, or {@code fallback}. */
    public long integer(String field, long fallback) {
        JsonNode v = get(field);
        return v == null ? fallback : v.asLong();
    }

    /** Number of a field, or {@code fallback}. */
    public double number(String field, double fallback) {
        JsonNode v = get(field);
        return v == null ? fallback : v.asDouble();
    }

    /** Boolean of a field, or {@code fallback}. */
    public boolean bool(String field, boolean fallback) {
        JsonNode v = get(field);
        return v == null ? fallback : v.asBoolean();
    }
}
